package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FootballTxtRoundHeaderTest {

    @ParameterizedTest(name = "\"{0}\" under stage {1} is {2}, leg {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            » Group A                        | UNNAMED    | Group A              | null
            » Gruppe G                       | UNNAMED    | Group G              | null
            » Round of 16                    | UNNAMED    | Round of 16          | null
            » Quarterfinals                  | UNNAMED    | Quarter-finals       | null
            » Semifinals                     | UNNAMED    | Semi-finals          | null
            » Final                          | UNNAMED    | Final                | null
            » League, Matchday 1             | UNNAMED    | League phase         | null
            » League phase                   | UNNAMED    | League phase         | null
            » Playoffs, Matchday 2           | UNNAMED    | Knockout play-offs   | 2
            » Playoffs                       | UNNAMED    | Knockout play-offs   | null
            » Playoffs                       | QUALIFYING | Play-off round       | null
            » Finals, Round of 16            | UNNAMED    | Round of 16          | null
            » Finals, Final                  | UNNAMED    | Final                | null
            » Round of 16, Leg 1             | UNNAMED    | Round of 16          | 1
            Round of 16 - 1st Leg            | UNNAMED    | Round of 16          | 1
            Round of 16, 2nd Leg             | UNNAMED    | Round of 16          | 2
            Quarter-finals - 2nd Leg         | UNNAMED    | Quarter-finals       | 2
            Semi-finals - 1st Leg            | UNNAMED    | Semi-finals          | 1
            (1) Round of 32 - 1st Leg        | UNNAMED    | Round of 32          | 1
            (9) Final                        | UNNAMED    | Final                | null
            Matchday 1                       | GROUP      | Group stage          | null
            Matchday 6                       | LEAGUE     | League phase         | null
            Preliminary Semifinals           | QUALIFYING | Preliminary round semi-finals | null
            Preliminary Final                | QUALIFYING | Preliminary round final | null
            Round 1                          | QUALIFYING | Qualifying round 1   | null
            » Round 3                        | QUALIFYING | Qualifying round 3   | null
            Playoff Round                    | QUALIFYING | Play-off round       | null
            Play-off Round - 1st Leg         | UNNAMED    | Play-off round       | 1
            """)
    void readsEveryShapeOfRoundHeader(String header, Stage stage, String round, Integer leg) {
        assertThat(RoundHeader.parse(header, stage)).contains(new Round(round, leg));
    }

    @ParameterizedTest(name = "\"{0}\" is no round header")
    @ValueSource(strings = {"» Group Z", "Matchday 1", "» Finals", "» Round of sixteen", "Finale",
            "20.45  Chelsea  1-1  Sparta Prague", "[Tue Feb/14]", "this is garbage"})
    void refusesWhatIsNoRoundHeader(String line) {
        assertThat(RoundHeader.parse(line, Stage.UNNAMED)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is a knockout round: {1}")
    @CsvSource({"Group A, false", "Group stage, false", "League phase, false", "Knockout play-offs, true",
            "Round of 16, true", "Final, true", "Qualifying round 2, true"})
    void tellsKnockoutRoundsFromGroupsAndLeague(String round, boolean knockout) {
        assertThat(Round.isKnockout(round)).isEqualTo(knockout);
    }
}
