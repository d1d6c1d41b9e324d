package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.Fact;
import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.tie.TieCreated;
import dev.fulltime.domain.tie.TieFormat;
import dev.fulltime.domain.tie.TieOutcome;
import dev.fulltime.domain.tie.TieRules;
import dev.fulltime.domain.tie.TieScore;
import java.util.List;
import java.util.function.Predicate;

/**
 * A tie, its legs from the first on, and its outcome as {@link TieRules#outcome} gives it; with the tie's numbers
 * read from one team's side and named as a person names them.
 */
record TieReading(TieCreated tie, List<PlayedLeg> legs, TieOutcome outcome) {

    private static final String FINAL = "final";

    TieReading {
        legs = List.copyOf(legs);
    }

    static TieReading of(TieCreated tie, List<PlayedLeg> legs) {
        return new TieReading(tie, legs, TieRules.outcome(tie.rules(), tie.format(), tie.teamA(), tie.teamB(),
                legs.stream().map(PlayedLeg::result).toList()));
    }

    boolean twoLegs() {
        return tie.format() == TieFormat.TWO_LEGS;
    }

    /** What the goals are counted over, to follow a score: " on aggregate" over two legs, nothing for one match. */
    String scope() {
        return twoLegs() ? " on aggregate" : "";
    }

    /** "leg 2" of two; "the final" or "the match" when the tie is a single match. */
    String legName(int number) {
        if (twoLegs()) {
            return "leg " + number;
        }
        return FINAL.equalsIgnoreCase(tie.round()) ? "the final" : "the match";
    }

    /** What a single-match final's winner wins, to follow "win": " the final"; nothing otherwise. */
    String contest() {
        return !twoLegs() && FINAL.equalsIgnoreCase(tie.round()) ? " the final" : "";
    }

    Scoreline aggregateFor(String team) {
        return Scoreline.of(outcome.aggregate(), team.equals(tie.teamA()));
    }

    Scoreline awayGoalsFor(String team) {
        return Scoreline.of(outcome.awayGoals(), team.equals(tie.teamA()));
    }

    /** "Real Madrid lead 5-2 on aggregate", "level at 2-2 on aggregate". */
    String standing() {
        TieScore aggregate = outcome.aggregate();
        if (aggregate.level()) {
            return "level at " + aggregateFor(tie.teamA()) + scope();
        }
        String leader = aggregate.teamA() > aggregate.teamB() ? tie.teamA() : tie.teamB();
        return leader + " lead " + aggregateFor(leader) + scope();
    }

    /** The last leg listed: the deciding match once every leg is. */
    PlayedLeg decidingLeg() {
        return legs.get(legs.size() - 1);
    }

    /** The facts of every leg that match, leg by leg in match-clock order. */
    List<String> idsOf(Predicate<Fact> selected) {
        return legs.stream().flatMap(leg -> leg.folded().idsOf(selected).stream()).toList();
    }

    /** The goals each leg's visitors scored, and every final whistle: what away goals rest on. */
    List<String> awayGoalIds() {
        return idsOf(Facts.countedGoalFor(Side.AWAY).or(Facts.FINAL_WHISTLE));
    }
}
