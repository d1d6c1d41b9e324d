package dev.fulltime.application.history;

import static dev.fulltime.application.history.RecordedLog.LIVERPOOL;
import static dev.fulltime.application.history.RecordedLog.REAL_MADRID;
import static dev.fulltime.application.history.RecordedLog.end;
import static dev.fulltime.application.history.RecordedLog.finalWhistle;
import static dev.fulltime.application.history.RecordedLog.goal;
import static dev.fulltime.application.history.RecordedLog.scheduled;
import static dev.fulltime.application.history.RecordedLog.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.fulltime.application.history.HistoryQueries.FindMatchReplay;
import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.MatchStatus;
import dev.fulltime.domain.match.Minute;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.match.event.FactCorrected;
import org.junit.jupiter.api.Test;

/** A match replayed from its stream: facts in match-clock order, whatever order they were recorded in. */
class MatchReplayQueryHandlerTest {

    private static final String MATCH = "match-1";

    private final RecordedLog log = new RecordedLog().append(MATCH,
            scheduled(MATCH, LIVERPOOL, REAL_MADRID, null, null),
            start(Period.FIRST_HALF),
            goal("late-report", Side.HOME, "30"),
            goal("early", Side.AWAY, "10"),
            new FactCorrected("moved", "late-report", null, Minute.parse("5"), null, null),
            end(Period.FIRST_HALF),
            start(Period.SECOND_HALF),
            end(Period.SECOND_HALF),
            finalWhistle());
    private final MatchReplayQueryHandler handler = new MatchReplayQueryHandler(
            new MatchHistories(new RecordedStreams(log.store())));

    @Test
    void everyFactComesInMatchClockOrderWithTheScoreboardAfterIt() {
        MatchReplay replay = handler.replay(new FindMatchReplay(MATCH)).orElseThrow();

        assertThat(replay.frames())
                .extracting(frame -> frame.fact().type(), frame -> frame.fact().sequence(),
                        frame -> frame.scoreboard().score().toString(), frame -> frame.scoreboard().status(),
                        frame -> frame.matchTimeBefore().toMinutes())
                .containsExactly(
                        tuple(FactType.PERIOD_STARTED, 1L, "0-0", MatchStatus.LIVE, 0L),
                        tuple(FactType.GOAL, 2L, "1-0", MatchStatus.LIVE, 4L),
                        tuple(FactType.GOAL, 3L, "1-1", MatchStatus.LIVE, 5L),
                        tuple(FactType.PERIOD_ENDED, 5L, "1-1", MatchStatus.LIVE, 0L),
                        tuple(FactType.PERIOD_STARTED, 6L, "1-1", MatchStatus.LIVE, 0L),
                        tuple(FactType.PERIOD_ENDED, 7L, "1-1", MatchStatus.LIVE, 0L),
                        tuple(FactType.MATCH_ENDED, 8L, "1-1", MatchStatus.FINISHED, 0L));
        assertThat(replay.scoreboard().status()).isEqualTo(MatchStatus.FINISHED);
        assertThat(replay.matchId()).isEqualTo(MATCH);
    }

    @Test
    void anUnknownMatchHasNoReplay() {
        assertThat(handler.replay(new FindMatchReplay("nobody"))).isEmpty();
    }
}
