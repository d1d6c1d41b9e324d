package dev.fulltime.domain.match;

import dev.fulltime.domain.match.event.CardShown;
import dev.fulltime.domain.match.event.FactCorrected;
import dev.fulltime.domain.match.event.FactRetracted;
import dev.fulltime.domain.match.event.GoalDisallowed;
import dev.fulltime.domain.match.event.GoalScored;
import dev.fulltime.domain.match.event.MatchEnded;
import dev.fulltime.domain.match.event.MatchEvent;
import dev.fulltime.domain.match.event.MatchScheduled;
import dev.fulltime.domain.match.event.PeriodEnded;
import dev.fulltime.domain.match.event.PeriodStarted;
import dev.fulltime.domain.match.event.ShootoutKickTaken;
import dev.fulltime.domain.match.event.ShootoutTallyRecorded;
import dev.fulltime.domain.match.event.SubstitutionMade;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One step of {@link MatchDecider#evolve}: the state after one more fact. */
final class StateEvolution {

    private final MatchState before;
    private final MatchEvent event;
    private final long sequence;
    private MatchScheduled match;
    private final List<Period> startedPeriods;
    private boolean periodInPlay;
    private boolean ended;
    private final Map<String, Fact> facts;
    private Shootout shootout;

    StateEvolution(MatchState before, MatchEvent event) {
        this.before = before;
        this.event = event;
        this.sequence = before.version() + 1;
        this.match = before.match();
        this.startedPeriods = new ArrayList<>(before.startedPeriods());
        this.periodInPlay = before.periodInPlay();
        this.ended = before.ended();
        this.facts = new LinkedHashMap<>(before.facts());
        this.shootout = before.shootout();
    }

    MatchState next() {
        apply();
        Map<String, Long> sequences = new LinkedHashMap<>(before.sequences());
        sequences.put(event.eventId(), sequence);
        return new MatchState(match, sequence, startedPeriods, periodInPlay, ended, sequences, facts, shootout);
    }

    private void apply() {
        if (event instanceof MatchScheduled scheduled) {
            match = scheduled;
        } else if (event instanceof PeriodStarted started) {
            startedPeriods.add(started.period());
            periodInPlay = true;
            add(Fact.of(started.eventId(), sequence, FactType.PERIOD_STARTED, started.period()));
        } else if (event instanceof PeriodEnded periodEnded) {
            periodInPlay = false;
            add(Fact.of(periodEnded.eventId(), sequence, FactType.PERIOD_ENDED, periodEnded.period()));
        } else if (event instanceof GoalScored goal) {
            add(new Fact(goal.eventId(), sequence, FactType.GOAL, goal.period(), inPlay(), goal.minute(), goal.side(),
                    goal.player(), null, goal.kind(), null, null, FactStatus.VALID, List.of()));
        } else if (event instanceof CardShown card) {
            add(new Fact(card.eventId(), sequence, FactType.CARD, card.period(), inPlay(), card.minute(), card.side(),
                    card.player(), null, null, card.card(), null, FactStatus.VALID, List.of()));
        } else if (event instanceof SubstitutionMade sub) {
            add(new Fact(sub.eventId(), sequence, FactType.SUBSTITUTION, sub.period(), inPlay(), sub.minute(),
                    sub.side(),
                    sub.playerOff(), sub.playerOn(), null, null, null, FactStatus.VALID, List.of()));
        } else if (event instanceof ShootoutKickTaken kick) {
            shootout = shootout.with(new Shootout.Kick(kick.side(), kick.scored()));
            periodInPlay = !shootout.decided();
            add(new Fact(kick.eventId(), sequence, FactType.SHOOTOUT_KICK, Period.PENALTY_SHOOTOUT,
                    Period.PENALTY_SHOOTOUT, null,
                    kick.side(), kick.player(), null, null, null, kick.scored(), FactStatus.VALID, List.of()));
        } else if (event instanceof ShootoutTallyRecorded tally) {
            shootout = shootout.withTally(tally.penalties());
            periodInPlay = false;
            add(new Fact(tally.eventId(), sequence, FactType.SHOOTOUT_TALLY, Period.PENALTY_SHOOTOUT,
                    Period.PENALTY_SHOOTOUT, null, null, null, null, null, null, null, FactStatus.VALID, List.of()));
        } else if (event instanceof GoalDisallowed disallowed) {
            facts.computeIfPresent(disallowed.goalEventId(),
                    (id, goal) -> goal.amended(disallowed.eventId(), FactStatus.DISALLOWED));
        } else if (event instanceof FactCorrected correction) {
            facts.computeIfPresent(correction.targetEventId(), (id, target) -> target.corrected(
                    correction.eventId(), correction.player(), correction.minute(), correction.kind(),
                    correction.side()));
        } else if (event instanceof FactRetracted retraction) {
            facts.computeIfPresent(retraction.targetEventId(),
                    (id, target) -> target.amended(retraction.eventId(), FactStatus.RETRACTED));
        } else if (event instanceof MatchEnded matchEnded) {
            ended = true;
            add(Fact.of(matchEnded.eventId(), sequence, FactType.MATCH_ENDED, inPlay()));
        }
    }

    /** The period being played when the fact arrived. */
    private Period inPlay() {
        return before.currentPeriod().orElse(null);
    }

    private void add(Fact fact) {
        facts.put(fact.eventId(), fact);
    }
}
