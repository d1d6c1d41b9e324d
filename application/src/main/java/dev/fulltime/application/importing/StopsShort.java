package dev.fulltime.application.importing;

import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.Period;
import dev.fulltime.domain.match.Rule;
import dev.fulltime.domain.match.command.EndMatch;
import java.util.Optional;

/**
 * The policy for a source that stops short of a match's end. 2015-16 cl_finals.txt gives Atlético Madrid 0-0 PSV
 * Eindhoven (a second leg after 0-0) and the final Real Madrid 1-1 Atlético Madrid without the extra time and the
 * shoot-outs that decided them: the rules rightly refuse the final whistle of such a match ({@code TIE_UNDECIDED}),
 * yet nothing the source says is false, it only says no more. So every fact it gives is recorded (kick-off, the
 * periods and the goals up to the last period it gives), the final whistle is left out, and the match is reported
 * unfinished: its tie stays in progress with no winner, which is all the source tells.
 *
 * <p>That refusal of the final whistle is the only one of this kind. Any other refusal means the source says
 * something the rules make impossible (extra time in a tie that was not level, a shoot-out straight after 90
 * minutes when the rules call for extra time first), and the source is refused whole.
 */
final class StopsShort {

    private StopsShort() {
    }

    /** The match to record without its final whistle, when the refusal is of this kind; empty otherwise. */
    static Optional<PlannedMatch> unfinished(RefusedFact refused) {
        if (refused.rule() != Rule.TIE_UNDECIDED || !(refused.fact() instanceof EndMatch)) {
            return Optional.empty();
        }
        return Optional.of(refused.match().withoutFinalWhistle(reason(refused.before())));
    }

    private static String reason(MatchState stoppedAt) {
        return stoppedAt.startedPeriods().contains(Period.EXTRA_TIME_FIRST_HALF)
                ? "the source gives no shoot-out for a tie level after extra time"
                : "the source gives no extra time or shoot-out for a tie level after 90 minutes";
    }
}
