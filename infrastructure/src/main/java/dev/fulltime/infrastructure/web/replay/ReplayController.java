package dev.fulltime.infrastructure.web.replay;

import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;

import dev.fulltime.application.history.HistoryQueries.FindMatchReplay;
import dev.fulltime.application.history.MatchReplay;
import dev.fulltime.infrastructure.web.Queries;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A match replayed as Server-Sent Events, fact by fact in match-clock order at {@code ?speed} match seconds per
 * second. The speed and the match are checked before the stream starts, so either refusal is a problem+json answer.
 */
@RestController
class ReplayController {

    private final Queries queries;
    private final ScheduledExecutorService replayClock;

    ReplayController(Queries queries,
                     @Qualifier(ReplayClockConfiguration.REPLAY_CLOCK) ScheduledExecutorService replayClock) {
        this.queries = queries;
        this.replayClock = replayClock;
    }

    @GetMapping("/api/matches/{matchId}/replay")
    SseEmitter replay(@PathVariable String matchId,
                      @RequestParam(name = ReplaySpeed.PARAMETER, defaultValue = ReplaySpeed.DEFAULT) String speed) {
        String id = identifier("matchId", matchId);
        ReplaySpeed pace = ReplaySpeed.parse(speed);
        MatchReplay replay = queries.one(new FindMatchReplay(id), MatchReplay.class, "match", id);
        return new ReplayPlayback(replay, pace, replayClock).start();
    }
}
