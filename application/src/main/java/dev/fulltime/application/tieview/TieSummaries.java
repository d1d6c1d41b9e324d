package dev.fulltime.application.tieview;

import dev.fulltime.application.matchview.TieLeg;
import dev.fulltime.application.matchview.TieLegs;
import dev.fulltime.domain.tie.LegResult;
import dev.fulltime.domain.tie.TieCreated;
import dev.fulltime.domain.tie.TieOutcome;
import dev.fulltime.domain.tie.TieRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Composes ties from the tie and match read models: the outcome is the domain's {@link TieRules} applied to the legs
 * as they stand now, so it is the same whatever order the legs' events were projected in.
 */
@Component
class TieSummaries {

    private final TieLegs tieLegs;

    TieSummaries(TieLegs tieLegs) {
        this.tieLegs = tieLegs;
    }

    List<TieSummary> of(List<TieView> ties) {
        Map<String, List<TieLeg>> legsByTie = tieLegs.of(ties.stream().map(view -> view.tie().tieId()).toList())
                .stream().collect(Collectors.groupingBy(TieLeg::tieId));
        return ties.stream()
                .map(view -> summary(view.tie(), legsByTie.getOrDefault(view.tie().tieId(), List.of())))
                .toList();
    }

    private static TieSummary summary(TieCreated tie, List<TieLeg> legs) {
        TieOutcome outcome = TieRules.outcome(tie.rules(), tie.format(), tie.teamA(), tie.teamB(),
                legsInTurn(legs));
        return new TieSummary(tie.tieId(), tie.competitionId(), tie.round(), tie.teamA(), tie.teamB(),
                legs.stream().map(TieSummaries::leg).toList(), outcome.aggregate(), outcome.awayGoals(),
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
