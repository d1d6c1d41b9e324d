package dev.fulltime.domain.explanation;

import java.util.List;

/** One step of how a result was reached: what it tells, in words a person reads, and the events it rests on. */
public record ExplanationStep(StepKind kind, String text, List<String> eventIds) {

    public ExplanationStep {
        eventIds = List.copyOf(eventIds);
    }
}
