package dev.fulltime.infrastructure.web.match;

import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;

import dev.fulltime.application.match.MatchRecording;
import dev.fulltime.infrastructure.web.Recorders;
import dev.fulltime.application.matchview.MatchList;
import dev.fulltime.application.matchview.MatchScoreboard;
import dev.fulltime.application.matchview.MatchTimeline;
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

/** Matches: create one, list them, read a scoreboard and a timeline. */
@RestController
@RequestMapping("/api/matches")
class MatchController {

    private final MatchRecording recording;
    private final MatchReads reads;

    MatchController(MatchRecording recording, MatchReads reads) {
        this.recording = recording;
        this.reads = reads;
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

    @GetMapping("/{matchId}")
    ResponseEntity<MatchScoreboard> scoreboard(@PathVariable String matchId) {
        MatchScoreboard scoreboard = reads.scoreboard(identifier("matchId", matchId));
        return ResponseEntity.ok().eTag(Long.toString(scoreboard.version())).body(scoreboard);
    }

    @GetMapping("/{matchId}/timeline")
    MatchTimeline timeline(@PathVariable String matchId) {
        return reads.timeline(identifier("matchId", matchId));
    }
}
