package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.infrastructure.importer.openfootball.MatchLine.Fixture;
import dev.fulltime.infrastructure.importer.openfootball.ScoreNotation.MatchScore;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FootballTxtMatchLineTest {

    @Test
    void teamsAroundAVWithCountryCodesStripped() {
        assertThat(MatchLine.parse("21.00  AFC Ajax (NED)          v Rangers FC (SCO)         4-0 (3-0)"))
                .contains(new Fixture(LocalTime.of(21, 0), "AFC Ajax", "Rangers FC",
                        new MatchScore(score(3, 0), score(4, 0), null, null)));
    }

    @Test
    void aContinuationLineHasNoKickOff() {
        assertThat(MatchLine.parse("Paris Saint-Germain (FRA) v Bayern München (GER)     0-1 (0-0)"))
                .contains(new Fixture(null, "Paris Saint-Germain", "Bayern München",
                        new MatchScore(score(0, 0), score(0, 1), null, null)));
    }

    @Test
    void aFixtureNotPlayedYetHasNoScore() {
        assertThat(MatchLine.parse("18.00  N.N.                    v N.N."))
                .contains(new Fixture(LocalTime.of(18, 0), "N.N.", "N.N.", MatchScore.NOT_PLAYED));
        assertThat(MatchLine.parse("Manchester City FC     -   Real Madrid CF"))
                .contains(new Fixture(null, "Manchester City FC", "Real Madrid CF", MatchScore.NOT_PLAYED));
    }

    @Test
    void theScoreBetweenTheTeamsWithVenueBehind() {
        assertThat(MatchLine.parse("20.45  Real Madrid   3-4 pen. 2-1 a.e.t. (2-1, )  Bayern München  @ Santiago Bernabéu Stadium, Madrid"))
                .contains(new Fixture(LocalTime.of(20, 45), "Real Madrid", "Bayern München",
                        new MatchScore(null, score(2, 1), score(2, 1), score(3, 4))));
    }

    @Test
    void namesEndingInDigitsAndNamesStartingWithThem() {
        assertThat(MatchLine.parse("20.45  Schalke 04  2-3  Galatasaray    @ Veltins-Arena, Gelsenkirchen"))
                .get().extracting(Fixture::homeTeam, Fixture::awayTeam).containsExactly("Schalke 04", "Galatasaray");
        assertThat(MatchLine.parse("18.45  1. FC Union Berlin (GER)  2-3 (2-1)  Sporting Clube de Braga (POR)"))
                .get().extracting(Fixture::homeTeam, Fixture::awayTeam)
                .containsExactly("1. FC Union Berlin", "Sporting Clube de Braga");
        assertThat(MatchLine.parse("1899 Hoffenheim (GER)   v Dinamo Kiev (UKR)        2-0 (1-0)"))
                .get().extracting(Fixture::homeTeam).isEqualTo("1899 Hoffenheim");
    }

    /** 2020-21 cl.txt: "[awarded]" behind a match line; the awarded score is kept as the score. */
    @Test
    void aNoteBehindTheLine() {
        assertThat(MatchLine.parse("18.00  Drita KF Gjilan (KOS)    0-3  Linfield FC (NIR)        [awarded]"))
                .contains(new Fixture(LocalTime.of(18, 0), "Drita KF Gjilan", "Linfield FC",
                        new MatchScore(null, score(0, 3), null, null)));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
            "this is not a match line",
            "21.00  AFC Ajax (NED)  v Rangers FC (SCO)  4-0 (3-0) trailing junk",
            "21.00  AFC Ajax (NED)  v ",
            "25.00  AFC Ajax (NED)  v Rangers FC (SCO)  4-0",
            "20.45  Chelsea  Napoli",
            "20.45  Chelsea  4-1 a.e.t. (3-1, ) (2-1)  Napoli"})
    void refusesWhatIsNoMatch(String line) {
        assertThat(MatchLine.parse(line)).isEmpty();
    }

    private static ParsedScore score(int home, int away) {
        return new ParsedScore(home, away);
    }
}
