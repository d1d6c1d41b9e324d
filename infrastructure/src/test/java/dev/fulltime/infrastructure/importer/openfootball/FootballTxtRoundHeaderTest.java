package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FootballTxtRoundHeaderTest {

    @ParameterizedTest(name = "\"{0}\" under stage {1} is {2}, leg {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            » Group A                        | OTHER      | Group A              | null
            » Gruppe G                       | OTHER      | Group G              | null
            » Round of 16                    | OTHER      | Round of 16          | null
            » Quarterfinals                  | OTHER      | Quarter-finals       | null
            » Semifinals                     | OTHER      | Semi-finals          | null
            » Final                          | OTHER      | Final                | null
            » League, Matchday 1             | OTHER      | League phase         | null
            » League phase                   | OTHER      | League phase         | null
            » Playoffs, Matchday 2           | OTHER      | Knockout play-offs   | 2
            » Playoffs                       | OTHER      | Knockout play-offs   | null
            » Playoffs                       | QUALIFYING | Play-off round       | null
            » Finals, Round of 16            | OTHER      | Round of 16          | null
            » Finals, Final                  | OTHER      | Final                | null
            » Round of 16, Leg 1             | OTHER      | Round of 16          | 1
            Round of 16 - 1st Leg            | OTHER      | Round of 16          | 1
            Round of 16, 2nd Leg             | OTHER      | Round of 16          | 2
            Quarter-finals - 2nd Leg         | OTHER      | Quarter-finals       | 2
            Semi-finals - 1st Leg            | OTHER      | Semi-finals          | 1
            (1) Round of 32 - 1st Leg        | OTHER      | Round of 32          | 1
            (9) Final                        | OTHER      | Final                | null
            Matchday 1                       | GROUP      | Group stage          | null
            Matchday 6                       | LEAGUE     | League phase         | null
            Preliminary Semifinals           | QUALIFYING | Preliminary round semi-finals | null
            Preliminary Final                | QUALIFYING | Preliminary round final | null
            Round 1                          | QUALIFYING | Qualifying round 1   | null
            » Round 3                        | QUALIFYING | Qualifying round 3   | null
            Playoff Round                    | QUALIFYING | Play-off round       | null
            Play-off Round - 1st Leg         | OTHER      | Play-off round       | 1
            """)
    void readsEveryShapeOfRoundHeader(String header, Stage stage, String round, Integer leg) {
        assertThat(RoundHeader.parse(header, stage)).contains(new Round(round, leg));
    }

    @ParameterizedTest(name = "\"{0}\" is no round header")
    @ValueSource(strings = {"» Group Z", "Matchday 1", "» Finals", "» Round of sixteen", "Finale",
            "20.45  Chelsea  1-1  Sparta Prague", "[Tue Feb/14]", "this is garbage"})
    void refusesWhatIsNoRoundHeader(String line) {
        assertThat(RoundHeader.parse(line, Stage.OTHER)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is a knockout round: {1}")
    @CsvSource({"Group A, false", "Group stage, false", "League phase, false", "Knockout play-offs, true",
            "Round of 16, true", "Final, true", "Qualifying round 2, true"})
    void tellsKnockoutRoundsFromGroupsAndLeague(String round, boolean knockout) {
        assertThat(Round.isKnockout(round)).isEqualTo(knockout);
    }
}
