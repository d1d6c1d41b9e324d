package dev.fulltime.domain.match;

/** A command the rules of the game refuse; nothing is recorded. */
public class RuleViolation extends RuntimeException {

    private final Rule rule;

    public RuleViolation(Rule rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
