package dev.fulltime.infrastructure.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.fulltime.application.match.StaleVersionException;
import dev.fulltime.application.store.AlreadyExistsException;
import dev.fulltime.application.store.UnknownIdException;
import dev.fulltime.domain.match.RuleViolation;
import dev.fulltime.infrastructure.web.body.BodyTooLargeException;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error as {@code application/problem+json}, with a detail a person can act on. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Refused by the rules of the game",
                e.getMessage());
        problem.setProperty("rule", e.rule().name());
        return problem;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(UnknownIdException.class)
    ProblemDetail unknownId(UnknownIdException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownMatch(AggregateNotFoundException e) {
        return notFound(NotFoundException.match(String.valueOf(e.getAggregateIdentifier())));
    }

    /** Facts sent to the id of a tie or a competition: there is no match by that id. */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail notAMatch(IncompatibleAggregateException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "there is no match with that id");
    }

    @ExceptionHandler({StaleVersionException.class, AlreadyExistsException.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentAppend(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "another fact was appended to this match at the same moment; read its version and try again");
    }

    @ExceptionHandler(TooManyStreamsException.class)
    ProblemDetail tooManyStreams(TooManyStreamsException e) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many live streams", e.getMessage());
    }

    /** The firewall checks a header's value when it is first read, which may be as late as in a controller. */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", "the request was rejected: " + e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "the request could not be completed; nothing was recorded");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (e.getMostSpecificCause() instanceof BodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large", tooLarge.getMessage()));
        }
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "Malformed request", unreadableDetail(e)));
    }

    private static String unreadableDetail(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "field '" + field + "': " + firstLine(mapping.getOriginalMessage());
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return "the body is not valid JSON of the expected shape: " + firstLine(unreadable.getOriginalMessage());
        }
        if (e.getCause() == null) {
            return "the body is empty: send a JSON object";
        }
        return "the body is not valid JSON of the expected shape";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
