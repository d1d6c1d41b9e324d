package dev.fulltime.infrastructure.web.competition;

import static dev.fulltime.infrastructure.web.problem.RequestFields.identifier;

import dev.fulltime.application.competition.CompetitionRecording;
import dev.fulltime.application.competitionview.CompetitionQueries.Bracket;
import dev.fulltime.application.competitionview.CompetitionQueries.CompetitionList;
import dev.fulltime.application.competitionview.CompetitionQueries.FindBracket;
import dev.fulltime.application.competitionview.CompetitionQueries.FindCompetition;
import dev.fulltime.application.competitionview.CompetitionQueries.FindStandings;
import dev.fulltime.application.competitionview.CompetitionQueries.ListCompetitions;
import dev.fulltime.application.competitionview.CompetitionQueries.Standings;
import dev.fulltime.application.competitionview.CompetitionSummary;
import dev.fulltime.application.tieview.TieQueries.ListTies;
import dev.fulltime.application.tieview.TieQueries.TieList;
import dev.fulltime.infrastructure.web.Queries;
import dev.fulltime.infrastructure.web.Recorders;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Competitions: create one, list them, and read one's ties, bracket and standings. */
@RestController
@RequestMapping("/api/competitions")
class CompetitionController {

    private static final String KIND = "competition";

    private final CompetitionRecording recording;
    private final Queries queries;

    CompetitionController(CompetitionRecording recording, Queries queries) {
        this.recording = recording;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> create(@RequestBody CreateCompetitionRequest request, Principal principal) {
        String competitionId = recording.createCompetition(request.toEvent(), Recorders.api(principal));
        return ResponseEntity.created(URI.create("/api/competitions/" + competitionId))
                .body(Map.of("competitionId", competitionId));
    }

    @GetMapping
    CompetitionList competitions() {
        return queries.all(new ListCompetitions(), CompetitionList.class);
    }

    @GetMapping("/{competitionId}")
    CompetitionSummary competition(@PathVariable String competitionId) {
        return queries.one(new FindCompetition(id(competitionId)), CompetitionSummary.class, KIND, competitionId);
    }

    @GetMapping("/{competitionId}/ties")
    TieList ties(@PathVariable String competitionId) {
        competition(competitionId);
        return queries.all(new ListTies(competitionId), TieList.class);
    }

    @GetMapping("/{competitionId}/bracket")
    Bracket bracket(@PathVariable String competitionId) {
        return queries.one(new FindBracket(id(competitionId)), Bracket.class, KIND, competitionId);
    }

    @GetMapping("/{competitionId}/standings")
    Standings standings(@PathVariable String competitionId) {
        return queries.one(new FindStandings(id(competitionId)), Standings.class, KIND, competitionId);
    }

    private static String id(String competitionId) {
        return identifier("competitionId", competitionId);
    }
}
