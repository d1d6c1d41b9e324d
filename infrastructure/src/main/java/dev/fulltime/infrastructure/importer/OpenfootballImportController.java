package dev.fulltime.infrastructure.importer;

import dev.fulltime.application.importing.CompetitionImport;
import dev.fulltime.application.importing.ImportResult;
import dev.fulltime.application.match.Recorder;
import dev.fulltime.infrastructure.importer.openfootball.FootballTxtParser;
import dev.fulltime.infrastructure.importer.openfootball.ParsedCompetitionMapping;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/imports/openfootball}: a Football.TXT file of the openfootball project (a whole season) as
 * {@code text/plain}, recorded as a competition with its ties and matches. Answers {@code 201} with the counts, the
 * competition's location, the matches {@code skipped} (not recorded in full) and those left {@code unfinished}: a
 * level deciding match the file gives without the extra time or shoot-out the rules require, recorded with every
 * fact the file gives but the final whistle, its tie in progress. See {@link ImportProblems} for the refusals.
 */
@RestController
class OpenfootballImportController {

    private static final String SOURCE = "openfootball";

    private final FootballTxtParser parser = new FootballTxtParser();
    private final CompetitionImport competitionImport;

    OpenfootballImportController(CompetitionImport competitionImport) {
        this.competitionImport = competitionImport;
    }

    @PostMapping(path = "/api/imports/openfootball", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<ImportResult> importFile(HttpServletRequest request, Principal principal) throws IOException {
        String file = ImportBody.read(request.getInputStream(), request.getContentLengthLong(),
                MediaType.parseMediaType(request.getContentType()));
        ImportResult result = competitionImport.importCompetition(
                ParsedCompetitionMapping.toImported(parser.parse(file)), recorder(principal));
        return ResponseEntity.created(URI.create("/api/competitions/" + result.competitionId())).body(result);
    }

    private static Recorder recorder(Principal principal) {
        return new Recorder(principal.getName(), SOURCE);
    }
}
