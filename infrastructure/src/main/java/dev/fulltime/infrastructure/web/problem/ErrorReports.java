package dev.fulltime.infrastructure.web.problem;

import org.springframework.http.HttpStatus;

/** The detail of an error that carries no message of its own. */
final class ErrorReports {

    private ErrorReports() {
    }

    static String detail(HttpStatus status) {
        return status.is5xxServerError()
                ? "the request could not be completed; nothing was recorded"
                : "the request was refused: " + status.getReasonPhrase().toLowerCase();
    }
}
