package dev.fulltime.infrastructure.web.tie;

import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;

import dev.fulltime.application.competition.CompetitionRecording;
import dev.fulltime.application.history.HistoryQueries.FindTieAsOf;
import dev.fulltime.application.tieview.TieQueries.FindTie;
import dev.fulltime.application.tieview.TieSummary;
import dev.fulltime.infrastructure.web.Queries;
import dev.fulltime.infrastructure.web.Recorders;
import dev.fulltime.infrastructure.web.history.PastParameters;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Knockout ties: create one, read how it stands now or stood at an instant. */
@RestController
@RequestMapping("/api/ties")
class TieController {

    private final CompetitionRecording recording;
    private final Queries queries;

    TieController(CompetitionRecording recording, Queries queries) {
        this.recording = recording;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> create(@RequestBody CreateTieRequest request, Principal principal) {
        String tieId = request.tieId() == null ? UUID.randomUUID().toString() : identifier("tieId", request.tieId());
        recording.createTie(tieId, request.checkedCompetitionId(), request.checkedRound(), request.checkedTeamA(),
                request.checkedTeamB(), request.format(), Recorders.api(principal));
        return ResponseEntity.created(URI.create("/api/ties/" + tieId)).body(Map.of("tieId", tieId));
    }

    /** The tie now or, with {@code ?asOf}, as the system knew it at that instant. */
    @GetMapping("/{tieId}")
    TieSummary tie(@PathVariable String tieId, @RequestParam(required = false) String asOf) {
        String id = identifier("tieId", tieId);
        Object query = asOf == null ? new FindTie(id) : new FindTieAsOf(id, PastParameters.asOf(asOf));
        return queries.one(query, TieSummary.class, "tie", id);
    }
}
