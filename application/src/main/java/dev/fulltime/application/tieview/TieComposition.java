package dev.fulltime.application.tieview;

import dev.fulltime.application.matchview.TieLeg;
import dev.fulltime.domain.tie.LegResult;
import dev.fulltime.domain.tie.TieCreated;
import dev.fulltime.domain.tie.TieOutcome;
import dev.fulltime.domain.tie.TieRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A tie as it stands, composed from its definition and its legs: the outcome is the domain's {@link TieRules} applied
 * to the legs. The read models compose the tie as it is now; the history, as it stood at an instant.
 */
public final class TieComposition {

    private TieComposition() {
    }

    /** @param legs the legs of the tie in leg order */
    public static TieSummary of(TieCreated tie, List<TieLeg> legs) {
        TieOutcome outcome = TieRules.outcome(tie.rules(), tie.format(), tie.teamA(), tie.teamB(),
                legsInTurn(legs));
        return new TieSummary(tie.tieId(), tie.competitionId(), tie.round(), tie.teamA(), tie.teamB(),
                legs.stream().map(TieComposition::leg).toList(), outcome.aggregate(), outcome.awayGoals(),
                outcome.status(), outcome.winner(), outcome.eliminated(), outcome.decidedBy());
    }

    /** The legs from the first on, as far as they have been created without a gap. */
    private static List<LegResult> legsInTurn(List<TieLeg> legs) {
        List<LegResult> inTurn = new ArrayList<>();
        for (TieLeg leg : legs) {
            if (leg.leg() != inTurn.size() + 1) {
                break;
            }
            inTurn.add(leg.result());
        }
        return inTurn;
    }

    private static TieSummary.Leg leg(TieLeg leg) {
        var scoreboard = leg.scoreboard();
        return new TieSummary.Leg(leg.leg(), scoreboard.matchId(), scoreboard.homeTeam(), scoreboard.awayTeam(),
                scoreboard.score(), leg.result().afterNinety(), scoreboard.penalties(), scoreboard.status());
    }
}
