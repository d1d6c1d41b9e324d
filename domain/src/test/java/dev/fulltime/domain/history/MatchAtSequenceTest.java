package dev.fulltime.domain.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.MatchStatus;
import dev.fulltime.domain.match.Score;
import org.junit.jupiter.api.Test;

/** The log's own axis: what had been recorded by a sequence, before any later correction. */
class MatchAtSequenceTest {

    private final MatchHistory anfield = PlayedMatch.anfield2023().history();
    private final MatchHistory paris = PlayedMatch.paris2022().history();

    @Test
    void theMatchAtASequenceFoldsTheLogUpToAndIncludingIt() {
        long salah = anfield.now().sequenceOf("salah-14").orElseThrow();

        MatchState state = anfield.atSequence(salah);

        assertThat(state.version()).isEqualTo(salah);
        assertThat(state.score()).isEqualTo(new Score(2, 0));
        assertThat(state.status()).isEqualTo(MatchStatus.LIVE);
    }

    @Test
    void beforeALaterCorrectionTheFactIsAsFirstRecorded() {
        long vinicius = paris.now().sequenceOf("vinicius").orElseThrow();

        assertThat(paris.atSequence(vinicius).fact("vinicius").orElseThrow().minute()).hasToString("58");
        assertThat(paris.now().fact("vinicius").orElseThrow().minute()).hasToString("59");
    }

    @Test
    void beforeTheVarDecisionTheDisallowedGoalStillCounts() {
        long benzema = paris.now().sequenceOf("benzema").orElseThrow();

        assertThat(paris.atSequence(benzema).score()).isEqualTo(new Score(0, 1));
        assertThat(paris.atSequence(benzema + 1).score()).isEqualTo(Score.NIL_NIL);
    }

    @Test
    void sequenceZeroIsTheMatchAsScheduled() {
        assertThat(anfield.atSequence(0).status()).isEqualTo(MatchStatus.SCHEDULED);
        assertThat(anfield.atSequence(0).version()).isZero();
    }

    @Test
    void aSequencePastTheEndIsTheMatchAsItIsNow() {
        assertThat(anfield.atSequence(Long.MAX_VALUE)).isEqualTo(anfield.now());
    }

    @Test
    void aNegativeSequenceIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> anfield.atSequence(-1))
                .withMessageContaining("-1");
    }
}
