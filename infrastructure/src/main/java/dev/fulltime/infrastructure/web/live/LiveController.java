package dev.fulltime.infrastructure.web.live;

import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;

import dev.fulltime.application.live.LiveTopic;
import dev.fulltime.application.matchview.LiveMatch;
import dev.fulltime.application.matchview.MatchQueries.WatchMatch;
import dev.fulltime.application.tieview.LiveTie;
import dev.fulltime.application.tieview.TieQueries.WatchTie;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A match or a tie as Server-Sent Events: the state now, then every new state as it is projected. Each event's id is
 * the state's version; a client that reconnects with {@code Last-Event-ID} gets the latest state if it is newer, then
 * the updates after it, and never a version it already had.
 */
@RestController
class LiveController {

    private final LiveStreams streams;

    LiveController(LiveStreams streams) {
        this.streams = streams;
    }

    @GetMapping("/api/matches/{matchId}/stream")
    SseEmitter match(@PathVariable String matchId,
                     @RequestHeader(name = LastEventId.HEADER, required = false) String lastEventIdHeader,
                     @RequestParam(name = LastEventId.PARAMETER, required = false) String lastEventId) {
        String id = identifier("matchId", matchId);
        return streams.open(new WatchMatch(id), LiveMatch.class, LiveMatch::version, LiveTopic.match(id),
                LastEventId.of(lastEventIdHeader, lastEventId));
    }

    @GetMapping("/api/ties/{tieId}/stream")
    SseEmitter tie(@PathVariable String tieId,
                   @RequestHeader(name = LastEventId.HEADER, required = false) String lastEventIdHeader,
                   @RequestParam(name = LastEventId.PARAMETER, required = false) String lastEventId) {
        String id = identifier("tieId", tieId);
        return streams.open(new WatchTie(id), LiveTie.class, LiveTie::version, LiveTopic.tie(id),
                LastEventId.of(lastEventIdHeader, lastEventId));
    }
}
