package dev.fulltime.infrastructure.importer;

import dev.fulltime.application.importing.ImportRefusedException;
import dev.fulltime.infrastructure.importer.openfootball.FootballTxtParseException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The import's refusals as {@code application/problem+json}; nothing is recorded on any of them. A file with
 * unreadable lines is {@code 422} with a {@code lines} array ({@code line}, {@code text}); a file that contradicts
 * itself or the rules of the game is {@code 422} with a {@code problems} array ({@code where}, {@code problem}); a
 * file over the size limit is {@code 413}. Consulted before the application's general problem handler, for the
 * import's controller only.
 */
@RestControllerAdvice(assignableTypes = OpenfootballImportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblems {

    @ExceptionHandler(FootballTxtParseException.class)
    ProblemDetail unreadable(FootballTxtParseException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Unreadable file", e.getMessage());
        problem.setProperty("lines", e.unreadableLines().stream()
                .map(line -> Map.of("line", line.lineNumber(), "text", line.text()))
                .toList());
        return problem;
    }

    @ExceptionHandler(ImportRefusedException.class)
    ProblemDetail contradictory(ImportRefusedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "File refused", e.getMessage());
        problem.setProperty("problems", e.problems().stream()
                .map(found -> Map.of("where", found.where(), "problem", found.problem()))
                .toList());
        return problem;
    }

    @ExceptionHandler(ImportTooLargeException.class)
    ProblemDetail tooLarge(ImportTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
