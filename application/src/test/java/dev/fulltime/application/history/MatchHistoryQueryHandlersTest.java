package dev.fulltime.application.history;

import static dev.fulltime.application.history.RecordedLog.LIVERPOOL;
import static dev.fulltime.application.history.RecordedLog.REAL_MADRID;
import static dev.fulltime.application.history.RecordedLog.end;
import static dev.fulltime.application.history.RecordedLog.finalWhistle;
import static dev.fulltime.application.history.RecordedLog.goal;
import static dev.fulltime.application.history.RecordedLog.scheduled;
import static dev.fulltime.application.history.RecordedLog.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fulltime.application.history.HistoryQueries.FindMatchAsOf;
import dev.fulltime.application.history.HistoryQueries.FindMatchAtMinute;
import dev.fulltime.application.history.HistoryQueries.FindMatchAtSequence;
import dev.fulltime.application.matchview.MatchScoreboard;
import dev.fulltime.domain.match.GoalKind;
import dev.fulltime.domain.match.MatchStatus;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.match.event.FactCorrected;
import dev.fulltime.domain.match.event.GoalDisallowed;
import dev.fulltime.domain.match.event.GoalScored;
import dev.fulltime.domain.tie.CompetitionRules;
import dev.fulltime.domain.tie.TieCreated;
import dev.fulltime.domain.tie.TieFormat;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The 2021-22 final as the event store holds it, one event a minute: Benzema's goal known only in the first half
 * (sequence 2, recorded at 20:02) ruled out by VAR (sequence 3, 20:03); Vinícius at 58' (sequence 6) corrected to 59'.
 */
class MatchHistoryQueryHandlersTest {

    private static final String FINAL = "ucl-2021-22-final";

    private final RecordedLog log = new RecordedLog().append(FINAL,
            scheduled(FINAL, LIVERPOOL, REAL_MADRID, null, null),
            start(Period.FIRST_HALF),
            new GoalScored("benzema", Side.AWAY, "Karim Benzema", null, Period.FIRST_HALF, GoalKind.REGULAR),
            new GoalDisallowed("var", "benzema", "offside"),
            end(Period.FIRST_HALF),
            start(Period.SECOND_HALF),
            goal("vinicius", Side.AWAY, "58"),
            new FactCorrected("to-59", "vinicius", null, Minute.parse("59"), null, null),
            end(Period.SECOND_HALF),
            finalWhistle());
    private final MatchHistoryQueryHandlers handlers = new MatchHistoryQueryHandlers(
            new MatchHistories(new RecordedStreams(log.store())));

    private MatchScoreboard asOf(Instant instant) {
        return handlers.asOf(new FindMatchAsOf(FINAL, instant)).orElseThrow();
    }

    private MatchScoreboard atMinute(String minute) {
        return handlers.atMinute(new FindMatchAtMinute(FINAL, Minute.parse(minute))).orElseThrow();
    }

    private MatchScoreboard atSequence(long sequence) {
        return handlers.atSequence(new FindMatchAtSequence(FINAL, sequence)).orElseThrow();
    }

    @Test
    void asOfAMomentAfterBenzemasGoalAndBeforeTheVarDecisionItIsNilOne() {
        MatchScoreboard scoreboard = asOf(RecordedLog.START.plus(Duration.ofMinutes(2).plusSeconds(30)));

        assertThat(scoreboard.score()).hasToString("0-1");
        assertThat(scoreboard.status()).isEqualTo(MatchStatus.LIVE);
        assertThat(scoreboard.version()).isEqualTo(2);
    }

    @Test
    void anEventRecordedAtTheVeryInstantAskedAboutIsKnown() {
        assertThat(asOf(RecordedLog.START.plus(Duration.ofMinutes(3))).score()).hasToString("0-0");
        assertThat(asOf(RecordedLog.START.plus(Duration.ofMinutes(3)).minusMillis(1)).score()).hasToString("0-1");
    }

    @Test
    void asOfAMomentBeforeTheCorrectionTheGoalCountsAtItsFirstMinute() {
        MatchScoreboard beforeCorrection = asOf(RecordedLog.START.plus(Duration.ofMinutes(6)));

        assertThat(beforeCorrection.score()).hasToString("0-1");
        assertThat(beforeCorrection.version()).isEqualTo(6);
    }

    @Test
    void asOfNowItIsTheMatchAsItIsNow() {
        MatchScoreboard now = asOf(log.clock());

        assertThat(now.score()).hasToString("0-1");
        assertThat(now.status()).isEqualTo(MatchStatus.FINISHED);
        assertThat(now.version()).isEqualTo(9);
    }

    @Test
    void beforeTheMatchExistedThereIsNothing() {
        assertThat(handlers.asOf(new FindMatchAsOf(FINAL, RecordedLog.START.minusMillis(1)))).isEmpty();
    }

    @Test
    void atASequenceItIsTheLogUpToThatEvent() {
        assertThat(atSequence(2).score()).hasToString("0-1");
        assertThat(atSequence(3).score()).hasToString("0-0");
        assertThat(atSequence(3).version()).isEqualTo(3);
        assertThat(atSequence(1_000).version()).isEqualTo(9);
    }

    @Test
    void atAMinuteEveryLaterCorrectionIsApplied() {
        assertThat(atMinute("30").score()).hasToString("0-0");
        assertThat(atMinute("58").score()).hasToString("0-0");
        assertThat(atMinute("59").score()).hasToString("0-1");
        assertThat(atMinute("59").status()).isEqualTo(MatchStatus.LIVE);
        assertThat(atMinute("59").period()).isEqualTo(Period.SECOND_HALF);
    }

    @Test
    void aStreamThatIsNotAMatchsIsNoMatch() {
        log.append("a-tie", new TieCreated("a-tie", "ucl", "Final", LIVERPOOL, REAL_MADRID, TieFormat.SINGLE_MATCH,
                new CompetitionRules(false, true, true)));

        assertThat(handlers.atSequence(new FindMatchAtSequence("a-tie", 0))).isEmpty();
        assertThat(handlers.asOf(new FindMatchAsOf("a-tie", log.clock()))).isEmpty();
    }

    @Test
    void anUnknownMatchHasNoPast() {
        assertThat(handlers.atSequence(new FindMatchAtSequence("nobody", 0))).isEmpty();
        assertThat(handlers.atMinute(new FindMatchAtMinute("nobody", Minute.of(10)))).isEmpty();
        assertThat(handlers.asOf(new FindMatchAsOf("nobody", log.clock()))).isEmpty();
    }
}
