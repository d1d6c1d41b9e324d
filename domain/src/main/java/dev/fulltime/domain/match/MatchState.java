package dev.fulltime.domain.match;

import dev.fulltime.domain.match.event.MatchScheduled;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the log says about a match, folded by {@link MatchDecider#evolve}: the teams, the periods played,
 * every fact as it stands after corrections (in arrival order), the shoot-out and the stream's version.
 */
public record MatchState(MatchScheduled match, long version, List<Period> startedPeriods, boolean periodInPlay,
                         boolean ended, Map<String, Long> sequences, Map<String, Fact> facts, Shootout shootout) {

    private static final Comparator<Fact> MATCH_CLOCK = Comparator
            .comparing(MatchClock::of)
            .thenComparingLong(Fact::sequence);

    public MatchState {
        startedPeriods = List.copyOf(startedPeriods);
        sequences = Collections.unmodifiableMap(new LinkedHashMap<>(sequences));
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static MatchState initial() {
        return new MatchState(null, -1, List.of(), false, false, Map.of(), Map.of(), Shootout.NOT_STARTED);
    }

    public boolean exists() {
        return match != null;
    }

    /** The period being played, or the last one played; empty before kick-off. */
    public Optional<Period> currentPeriod() {
        return startedPeriods.isEmpty() ? Optional.empty() : Optional.of(startedPeriods.get(startedPeriods.size() - 1));
    }

    public boolean kickedOff() {
        return !startedPeriods.isEmpty();
    }

    public MatchStatus status() {
        if (ended) {
            return MatchStatus.FINISHED;
        }
        return kickedOff() ? MatchStatus.LIVE : MatchStatus.SCHEDULED;
    }

    public Score score() {
        Score score = Score.NIL_NIL;
        for (Fact fact : facts.values()) {
            if (fact.countsAsGoal()) {
                score = score.plus(fact.side());
            }
        }
        return score;
    }

    /** The shoot-out's score, present only when a shoot-out took place. */
    public Optional<Score> penalties() {
        return shootout.hasStarted() ? Optional.of(shootout.score()) : Optional.empty();
    }

    public Optional<Side> sideOf(String team) {
        if (match.homeTeam().equals(team)) {
            return Optional.of(Side.HOME);
        }
        return match.awayTeam().equals(team) ? Optional.of(Side.AWAY) : Optional.empty();
    }

    public String teamOf(Side side) {
        return side == Side.HOME ? match.homeTeam() : match.awayTeam();
    }

    public Optional<Long> sequenceOf(String eventId) {
        return Optional.ofNullable(sequences.get(eventId));
    }

    public Optional<Fact> fact(String eventId) {
        return Optional.ofNullable(facts.get(eventId));
    }

    /** Every fact in match-clock order, each with the score once it had happened. */
    public List<TimelineEntry> timeline() {
        List<Fact> ordered = facts.values().stream().sorted(MATCH_CLOCK).toList();
        Score score = Score.NIL_NIL;
        Score penalties = null;
        List<TimelineEntry> entries = new ArrayList<>(ordered.size());
        for (Fact fact : ordered) {
            if (fact.countsAsGoal()) {
                score = score.plus(fact.side());
            }
            if (fact.type() == FactType.SHOOTOUT_KICK) {
                penalties = (penalties == null ? Score.NIL_NIL : penalties);
                if (Boolean.TRUE.equals(fact.scored())) {
                    penalties = penalties.plus(fact.side());
                }
            }
            if (fact.type() == FactType.SHOOTOUT_TALLY) {
                penalties = shootout.tally();
            }
            entries.add(new TimelineEntry(fact.eventId(), fact.sequence(), fact.type(), fact.period(), fact.minute(),
                    fact.side() == null ? null : teamOf(fact.side()), fact.player(), fact.playerOn(), fact.kind(),
                    fact.card(), fact.scored(), fact.status(), score, penalties));
        }
        return entries;
    }
}
