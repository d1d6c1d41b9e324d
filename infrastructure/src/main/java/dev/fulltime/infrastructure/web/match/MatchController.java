package dev.fulltime.infrastructure.web.match;

import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;

import dev.fulltime.application.match.MatchRecording;
import dev.fulltime.infrastructure.web.Recorders;
import dev.fulltime.application.matchview.MatchList;
import dev.fulltime.application.matchview.MatchScoreboard;
import dev.fulltime.application.matchview.MatchTimeline;
import dev.fulltime.infrastructure.web.Queries;
import dev.fulltime.infrastructure.web.history.PastParameters;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Matches: create one, list them, read a scoreboard (now or in the past) and a timeline. */
@RestController
@RequestMapping("/api/matches")
class MatchController {

    private final MatchRecording recording;
    private final MatchReads reads;
    private final Queries queries;

    MatchController(MatchRecording recording, MatchReads reads, Queries queries) {
        this.recording = recording;
        this.reads = reads;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> create(@RequestBody CreateMatchRequest request, Principal principal) {
        String matchId = recording.create(request.toCommand(), Recorders.api(principal));
        return ResponseEntity.created(URI.create("/api/matches/" + matchId)).body(Map.of("matchId", matchId));
    }

    @GetMapping
    MatchList matches(@RequestParam(required = false) String competitionId) {
        return reads.matches(competitionId == null ? null : identifier("competitionId", competitionId));
    }

    /**
     * The scoreboard now or, with one of {@code ?atSequence}, {@code ?atMinute} or {@code ?asOf}, at that point of the
     * match's past, folded from its stream.
     */
    @GetMapping("/{matchId}")
    ResponseEntity<MatchScoreboard> scoreboard(@PathVariable String matchId,
                                               @RequestParam(required = false) String atSequence,
                                               @RequestParam(required = false) String atMinute,
                                               @RequestParam(required = false) String asOf) {
        String id = identifier("matchId", matchId);
        MatchScoreboard scoreboard = PastParameters.scoreboard(id, atSequence, atMinute, asOf)
                .map(past -> queries.one(past, MatchScoreboard.class, "match", id))
                .orElseGet(() -> reads.scoreboard(id));
        return ResponseEntity.ok().eTag(Long.toString(scoreboard.version())).body(scoreboard);
    }

    @GetMapping("/{matchId}/timeline")
    MatchTimeline timeline(@PathVariable String matchId) {
        return reads.timeline(identifier("matchId", matchId));
    }
}
