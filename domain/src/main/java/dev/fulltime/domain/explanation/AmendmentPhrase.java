package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.Fact;
import dev.fulltime.domain.match.MatchState;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An amendment in words, with who recorded it, when, and the reason given: "corrected from 58' by admin at
 * 2022-05-28T20:05:00Z", "disallowed by admin at 2022-05-28T19:32:10Z — offside after a VAR review".
 */
final class AmendmentPhrase {

    private AmendmentPhrase() {
    }

    static String of(Amendment amendment, MatchState state, Optional<Recording> recording) {
        String change = switch (amendment.type()) {
            case GOAL_DISALLOWED -> "disallowed";
            case RETRACTION -> "retracted";
            case CORRECTION -> "corrected " + changes(amendment.before(), amendment.after(), state);
            default -> throw new IllegalArgumentException(amendment.type() + " amends no fact");
        };
        boolean reasoned = amendment.reason() != null && !amendment.reason().isBlank();
        return change + recording.map(AmendmentPhrase::recorded).orElse("")
                + (reasoned ? " — " + amendment.reason() : "");
    }

    /** "from 58'", "from Rodrygo, a penalty": what the fact said before, for each value the correction changed. */
    private static String changes(Fact before, Fact after, MatchState state) {
        List<String> earlier = new ArrayList<>();
        if (!Objects.equals(before.player(), after.player())) {
            earlier.add(before.player() == null ? "an unnamed player" : before.player());
        }
        if (!Objects.equals(before.minute(), after.minute()) || before.period() != after.period()) {
            earlier.add(ClockPhrase.noun(before));
        }
        if (before.kind() != after.kind()) {
            earlier.add(GoalPhrase.kind(before.kind()));
        }
        if (before.side() != after.side()) {
            earlier.add(state.teamOf(before.side()));
        }
        return earlier.isEmpty() ? "without change" : "from " + String.join(", ", earlier);
    }

    private static String recorded(Recording recording) {
        String by = recording.recordedBy() == null ? "" : " by " + recording.recordedBy();
        return by + " at " + recording.recordedAt().truncatedTo(ChronoUnit.SECONDS);
    }
}
