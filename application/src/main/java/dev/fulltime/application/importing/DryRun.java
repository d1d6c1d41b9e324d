package dev.fulltime.application.importing;

import dev.fulltime.domain.match.MatchDecider;
import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.RuleViolation;
import dev.fulltime.domain.match.TieBinding;
import dev.fulltime.domain.match.command.MatchCommand;
import dev.fulltime.domain.match.event.MatchEvent;

/**
 * Plays a planned match through the rules of the game (the domain's decider, bound to its tie as the engine binds
 * it) before anything is recorded, so that what the engine would refuse halfway through a match is known first: a
 * final whistle on a level tie, extra time the tie did not need.
 */
final class DryRun {

    private DryRun() {
    }

    /**
     * The match after all its facts.
     *
     * @param binding the tie's rules with the legs played before this one, or {@link TieBinding#NONE}
     * @throws RefusedFact at the first fact the rules refuse
     */
    static MatchState play(PlannedMatch match, TieBinding binding) {
        MatchState state = MatchDecider.replay(MatchDecider.decide(match.schedule(), MatchDecider.initial()));
        for (MatchCommand fact : match.facts()) {
            try {
                for (MatchEvent event : MatchDecider.decide(fact, state, binding)) {
                    state = MatchDecider.evolve(state, event);
                }
            } catch (RuleViolation refused) {
                throw new RefusedFact(match, fact, refused, state);
            }
        }
        return state;
    }
}
