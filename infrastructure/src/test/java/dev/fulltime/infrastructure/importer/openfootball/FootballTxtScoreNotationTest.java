package dev.fulltime.infrastructure.importer.openfootball;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.infrastructure.importer.openfootball.ScoreNotation.MatchScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FootballTxtScoreNotationTest {

    @Test
    void fullTimeThenHalfTime() {
        assertThat(ScoreNotation.parse("4-0 (3-0)")).contains(new MatchScore(score(3, 0), score(4, 0), null, null));
    }

    @Test
    void fullTimeAlone() {
        assertThat(ScoreNotation.parse("0-0")).contains(new MatchScore(null, score(0, 0), null, null));
    }

    @Test
    void afterExtraTimeThenNinetyMinutesThenHalfTime() {
        assertThat(ScoreNotation.parse("2-3 a.e.t. (1-3, 0-1)"))
                .contains(new MatchScore(score(0, 1), score(1, 3), score(2, 3), null));
    }

    @Test
    void afterExtraTimeWithAnEmptyHalfTime() {
        assertThat(ScoreNotation.parse("4-1 a.e.t. (3-1, )"))
                .contains(new MatchScore(null, score(3, 1), score(4, 1), null));
    }

    @Test
    void afterExtraTimeWithNinetyMinutesOnly() {
        assertThat(ScoreNotation.parse("0-1 a.e.t. (0-0)"))
                .contains(new MatchScore(null, score(0, 0), score(0, 1), null));
    }

    @Test
    void afterExtraTimeAlone() {
        assertThat(ScoreNotation.parse("2-1 a.e.t.")).contains(new MatchScore(null, null, score(2, 1), null));
    }

    @Test
    void shootOutFirst() {
        assertThat(ScoreNotation.parse("4-3 pen. 1-0 a.e.t. (1-0, 1-0)"))
                .contains(new MatchScore(score(1, 0), score(1, 0), score(1, 0), score(4, 3)));
        assertThat(ScoreNotation.parse("8-7 pen. 0-0 a.e.t. (0-0)"))
                .contains(new MatchScore(null, score(0, 0), score(0, 0), score(8, 7)));
    }

    @Test
    void aetWithoutItsLastDotAsTheWorldCupFilesWriteIt() {
        assertThat(ScoreNotation.parse("1-3 pen. 1-1 a.e.t (1-1, 1-0)"))
                .contains(new MatchScore(score(1, 0), score(1, 1), score(1, 1), score(1, 3)));
    }

    @Test
    void aDashIsAMatchNotPlayed() {
        assertThat(ScoreNotation.parse("-")).contains(MatchScore.NOT_PLAYED);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"4-0 (3-0, 1-0)", "4-0 (3-0", "4:0", "4-0 a.e.t (", "a.e.t.", "4-0 xyz", "pen. 1-0", ""})
    void refusesWhatIsNotAScore(String notation) {
        assertThat(ScoreNotation.parse(notation)).isEmpty();
    }

    private static ParsedScore score(int home, int away) {
        return new ParsedScore(home, away);
    }
}
