package dev.fulltime.infrastructure.web.match;

import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;

import dev.fulltime.application.match.MatchRecording;
import dev.fulltime.infrastructure.web.Recorders;
import dev.fulltime.application.match.RecordedFact;
import dev.fulltime.application.matchlog.MatchLog;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A match's log: append a fact, read the log as stored. */
@RestController
@RequestMapping("/api/matches/{matchId}/events")
class MatchEventsController {

    private final MatchRecording recording;
    private final MatchReads reads;

    MatchEventsController(MatchRecording recording, MatchReads reads) {
        this.recording = recording;
        this.reads = reads;
    }

    @PostMapping
    ResponseEntity<RecordedFact> record(@PathVariable String matchId, @RequestBody FactRequest request,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        Principal principal) {
        RecordedFact recorded = recording.record(identifier("matchId", matchId), FactRequests.toCommand(request),
                IfMatch.expectedVersion(ifMatch), Recorders.api(principal));
        return ResponseEntity.created(URI.create("/api/matches/" + matchId + "/events"))
                .eTag(Long.toString(recorded.version()))
                .body(recorded);
    }

    @GetMapping
    MatchLog log(@PathVariable String matchId) {
        return reads.log(identifier("matchId", matchId));
    }
}
