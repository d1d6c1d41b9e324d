package dev.fulltime.domain.tie;

import java.util.List;
import java.util.Optional;

/**
 * The rules of a knockout tie as pure functions of its legs. Team A hosts the first leg (and is the home side of
 * a single match); {@code legs} lists the legs played or being played, in order, each hosted in turn.
 *
 * <p>{@link #extraTimeNeeded}, {@link #shootoutNeeded} and {@link #decided} bind the match being played: list the
 * earlier legs' results and, last, the current state of that match (for instance {@link LegResult#of}). Only the
 * deciding match ever needs extra time or a shoot-out. They speak for the tie only; that a match plays both its
 * halves, both halves of extra time and a shoot-out to its end stays with the match's own rules.
 *
 * <p>Every method refuses with an {@link IllegalArgumentException} legs that do not fit the tie: more legs than
 * the format has, or a leg not hosted in turn by team A then team B.
 */
public final class TieRules {

    private TieRules() {
    }

    /**
     * The tie as it stands. {@link TieStatus#DECIDED} once every leg has its final whistle and someone is ahead
     * under the rules; until then, the aggregate and away goals so far with no winner.
     */
    public static TieOutcome outcome(CompetitionRules rules, TieFormat format, String teamA, String teamB,
                                     List<LegResult> legs) {
        Tie tie = new Tie(rules, format, teamA, teamB, legs);
        Standing standing = tie.standing();
        Optional<Verdict> verdict = tie.everyLegFinished() ? Verdict.reached(tie) : Optional.empty();
        return verdict
                .map(decided -> decided.teamAWins()
                        ? TieOutcome.decided(standing, teamA, teamB, decided.decidedBy())
                        : TieOutcome.decided(standing, teamB, teamA, decided.decidedBy()))
                .orElseGet(() -> TieOutcome.inProgress(standing));
    }

    /**
     * Whether the last listed match must go to extra time: it decides the tie, the rules have extra time, and
     * after its 90 minutes the tie is level on aggregate and, where they count, on away goals.
     */
    public static boolean extraTimeNeeded(CompetitionRules rules, TieFormat format, String teamA, String teamB,
                                          List<LegResult> legs) {
        return extraTimeNeeded(new Tie(rules, format, teamA, teamB, legs));
    }

    /**
     * Whether the last listed match must go to a shoot-out: it decides the tie, the rules have penalties, the play
     * before a shoot-out is over (extra time played, or not in the rules) and the tie is still level, away goals
     * scored in extra time included.
     */
    public static boolean shootoutNeeded(CompetitionRules rules, TieFormat format, String teamA, String teamB,
                                         List<LegResult> legs) {
        return shootoutNeeded(new Tie(rules, format, teamA, teamB, legs));
    }

    /**
     * Whether the final whistle of the last listed match may be given as far as the tie is concerned: it does not
     * decide the tie, or neither extra time nor a shoot-out the rules call for is still to be played or won.
     */
    public static boolean decided(CompetitionRules rules, TieFormat format, String teamA, String teamB,
                                  List<LegResult> legs) {
        Tie tie = new Tie(rules, format, teamA, teamB, legs);
        LegResult match = tie.lastMatch();
        boolean extraTimeToPlay = extraTimeNeeded(tie) && !match.extraTimePlayed();
        boolean shootoutToWin = shootoutNeeded(tie) && (match.penalties() == null || match.penalties().level());
        return !extraTimeToPlay && !shootoutToWin;
    }

    private static boolean extraTimeNeeded(Tie tie) {
        LegResult match = tie.lastMatch();
        return tie.rules().extraTime() && tie.atDecidingMatch()
                && tie.standingWithLastMatchAt(match.afterNinety()).level();
    }

    private static boolean shootoutNeeded(Tie tie) {
        LegResult match = tie.lastMatch();
        boolean playBeforeShootoutOver = match.extraTimePlayed() || !tie.rules().extraTime();
        return tie.rules().penalties() && tie.atDecidingMatch() && playBeforeShootoutOver
                && tie.standing().level();
    }
}
