package dev.fulltime.infrastructure.security;

import org.springframework.security.authorization.AuthorizationDecision;

/** A refusal that says what the user lacks, for the detail of the {@code 403}. */
final class ExplainedRefusal extends AuthorizationDecision {

    private final String detail;

    ExplainedRefusal(String detail) {
        super(false);
        this.detail = detail;
    }

    String detail() {
        return detail;
    }
}
