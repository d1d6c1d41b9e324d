package dev.fulltime.domain.tie;

import dev.fulltime.domain.match.MatchState;
import dev.fulltime.domain.match.TieBinding;
import java.util.ArrayList;
import java.util.List;

/** A match as one leg of a tie: the tie's rules, its teams and the legs played before this one. */
public record TieContext(CompetitionRules rules, TieFormat format, String teamA, String teamB,
                         List<LegResult> earlierLegs) implements TieBinding {

    public TieContext {
        earlierLegs = List.copyOf(earlierLegs);
    }

    @Override
    public boolean extraTimeNeeded(MatchState match) {
        return TieRules.extraTimeNeeded(rules, format, teamA, teamB, withThisLeg(match));
    }

    @Override
    public boolean shootoutNeeded(MatchState match) {
        return TieRules.shootoutNeeded(rules, format, teamA, teamB, withThisLeg(match));
    }

    @Override
    public boolean tieDecided(MatchState match) {
        return TieRules.decided(rules, format, teamA, teamB, withThisLeg(match));
    }

    private List<LegResult> withThisLeg(MatchState match) {
        List<LegResult> legs = new ArrayList<>(earlierLegs);
        legs.add(LegResult.of(match));
        return legs;
    }
}
