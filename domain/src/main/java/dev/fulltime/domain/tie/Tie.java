package dev.fulltime.domain.tie;

import dev.fulltime.domain.match.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A knockout tie and its legs listed so far, in order: team A hosts the first leg, team B the second. The last
 * listed leg is the match being asked about; it decides the tie once every leg of the format is listed.
 */
record Tie(CompetitionRules rules, TieFormat format, String teamA, String teamB, List<LegResult> legs) {

    Tie {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(teamA, "teamA");
        Objects.requireNonNull(teamB, "teamB");
        legs = List.copyOf(legs);
        if (teamA.equals(teamB)) {
            throw new IllegalArgumentException("a team cannot play itself: " + teamA);
        }
        if (legs.size() > format.legs()) {
            throw new IllegalArgumentException(
                    "a " + format + " tie has " + format.legs() + " leg(s), not " + legs.size());
        }
        for (int index = 0; index < legs.size(); index++) {
            requireHostedInTurn(index, legs.get(index), teamA, teamB);
        }
    }

    private static void requireHostedInTurn(int index, LegResult leg, String teamA, String teamB) {
        String host = index % 2 == 0 ? teamA : teamB;
        String visitor = host.equals(teamA) ? teamB : teamA;
        if (!leg.homeTeam().equals(host) || !leg.awayTeam().equals(visitor)) {
            throw new IllegalArgumentException("leg " + (index + 1) + " is " + leg.homeTeam() + " v "
                    + leg.awayTeam() + "; it should be " + host + " v " + visitor);
        }
    }

    /** Away goals break a level aggregate only over two legs, and only where the rules say so. */
    boolean usesAwayGoals() {
        return rules.awayGoals() && format == TieFormat.TWO_LEGS;
    }

    boolean atDecidingMatch() {
        return legs.size() == format.legs();
    }

    boolean everyLegFinished() {
        return atDecidingMatch() && legs.stream().allMatch(LegResult::finished);
    }

    /** The match being asked about. */
    LegResult lastMatch() {
        if (legs.isEmpty()) {
            throw new IllegalArgumentException("no leg is listed; list the match being played last");
        }
        return legs.get(legs.size() - 1);
    }

    /** The tie with every listed leg at its score after all its play so far. */
    Standing standing() {
        return standingOf(finalScores());
    }

    /** The tie with the last listed match at {@code score} and every earlier leg at its final score. */
    Standing standingWithLastMatchAt(Score score) {
        List<Score> scores = new ArrayList<>(finalScores());
        scores.set(scores.size() - 1, score);
        return standingOf(scores);
    }

    /** A leg's score (or shoot-out) in team order, team A first. */
    TieScore inTeamOrder(LegResult leg, Score score) {
        return leg.homeTeam().equals(teamA)
                ? new TieScore(score.home(), score.away())
                : new TieScore(score.away(), score.home());
    }

    private List<Score> finalScores() {
        return legs.stream().map(LegResult::finalScore).toList();
    }

    private Standing standingOf(List<Score> scores) {
        TieScore aggregate = TieScore.NIL_NIL;
        TieScore awayGoals = TieScore.NIL_NIL;
        for (int index = 0; index < legs.size(); index++) {
            LegResult leg = legs.get(index);
            Score score = scores.get(index);
            Score visitorsGoals = new Score(0, score.away());
            aggregate = aggregate.plus(inTeamOrder(leg, score));
            awayGoals = awayGoals.plus(inTeamOrder(leg, visitorsGoals));
        }
        return new Standing(aggregate, usesAwayGoals() ? awayGoals : null);
    }
}
