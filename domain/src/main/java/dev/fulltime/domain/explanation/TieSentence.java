package dev.fulltime.domain.explanation;

import dev.fulltime.domain.match.Side;
import dev.fulltime.domain.tie.DecidedBy;
import dev.fulltime.domain.tie.TieStatus;
import java.util.stream.Collectors;

/**
 * A tie in one sentence, from the winner's side: "Real Madrid win 6-2 on aggregate: 5-2 at Anfield, 1-0 at the
 * Santiago Bernabéu", "Paris Saint-Germain go through on away goals (3-1) after 3-3 on aggregate: …", "… win 4-3
 * on penalties after 1-1 on aggregate: …", "Real Madrid win the final 1-0 at the Stade de France, Saint-Denis";
 * while undecided: "Liverpool FC v Real Madrid is in progress: Real Madrid lead 5-2 on aggregate".
 */
final class TieSentence {

    private TieSentence() {
    }

    static String of(TieReading reading) {
        if (reading.outcome().status() == TieStatus.IN_PROGRESS) {
            return inProgress(reading);
        }
        String winner = reading.outcome().winner();
        String how = reading.outcome().decidedBy() == DecidedBy.AWAY_GOALS
                ? "go through on away goals (" + reading.awayGoalsFor(winner) + ") after "
                        + reading.aggregateFor(winner) + " on aggregate"
                : win(reading, winner).text();
        String where = reading.twoLegs()
                ? ": " + reading.legs().stream().map(leg -> legFor(leg, winner)).collect(Collectors.joining(", "))
                : VenuePhrase.at(reading.decidingLeg().venue());
        return winner + " " + how + where;
    }

    /** How the winner won, as {@link dev.fulltime.domain.tie.TieRules#outcome} says it was decided. */
    private static WinPhrase win(TieReading reading, String winner) {
        DecidedBy decidedBy = reading.outcome().decidedBy();
        PlayedLeg deciding = reading.decidingLeg();
        Scoreline penalties = decidedBy == DecidedBy.PENALTIES
                ? Scoreline.of(deciding.result().penalties(), deciding.sideOf(winner))
                : null;
        return new WinPhrase(reading.contest(), reading.aggregateFor(winner), reading.scope(),
                decidedBy == DecidedBy.EXTRA_TIME, penalties);
    }

    private static String inProgress(TieReading reading) {
        String fixture = reading.tie().teamA() + " v " + reading.tie().teamB();
        boolean kickedOff = reading.legs().stream().anyMatch(leg -> leg.state().kickedOff());
        return kickedOff ? fixture + " is in progress: " + reading.standing() : fixture + " has not kicked off";
    }

    /** A leg's score from the winner's side and where it was played: "5-2 at Anfield", or "5-2 away". */
    private static String legFor(PlayedLeg leg, String winner) {
        Side side = leg.sideOf(winner);
        String where = VenuePhrase.known(leg.venue()) ? VenuePhrase.at(leg.venue())
                : side == Side.HOME ? " at home" : " away";
        return Scoreline.of(leg.result().finalScore(), side) + where;
    }
}
