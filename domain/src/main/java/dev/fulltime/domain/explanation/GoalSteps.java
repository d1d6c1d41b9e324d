package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.Fact;
import dev.fulltime.domain.match.FactStatus;
import dev.fulltime.domain.match.FactType;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One step per goal, in match-clock order, citing the goal and every fact that amended it: "Vinícius Júnior's goal
 * (Real Madrid) at 59' counts (0-1); corrected from 58' by admin at …", "Karim Benzema's goal (Real Madrid) in the
 * first half is excluded: disallowed by admin at … — offside after a VAR review".
 */
final class GoalSteps {

    private GoalSteps() {
    }

    static List<ExplanationStep> of(FoldedMatch folded, MatchRecord record) {
        return folded.entries(FactType.GOAL).stream().map(entry -> step(entry, folded, record)).toList();
    }

    private static ExplanationStep step(TimelineEntry entry, FoldedMatch folded, MatchRecord record) {
        MatchState state = folded.state();
        Fact goal = folded.fact(entry);
        List<String> amendments = folded.amendmentsOf(goal).stream()
                .map(amendment -> AmendmentPhrase.of(amendment, state, record.recordingOf(amendment.eventId())))
                .toList();
        String subject = GoalPhrase.of(goal, state) + " " + ClockPhrase.of(goal);
        String text = goal.countsAsGoal()
                ? Stream.concat(Stream.of(subject + " counts (" + entry.score() + ")"), amendments.stream())
                        .collect(Collectors.joining("; "))
                : subject + " is excluded: " + String.join("; ", amendments);
        List<String> eventIds = new ArrayList<>();
        eventIds.add(goal.eventId());
        eventIds.addAll(goal.amendedBy());
        return new ExplanationStep(kindOf(goal.status()), text, eventIds);
    }

    private static StepKind kindOf(FactStatus status) {
        return switch (status) {
            case VALID -> StepKind.GOAL_COUNTED;
            case CORRECTED -> StepKind.CORRECTION_APPLIED;
            case DISALLOWED -> StepKind.GOAL_EXCLUDED;
            case RETRACTED -> StepKind.FACT_RETRACTED;
        };
    }
}
