package dev.fulltime.domain.tie;

import dev.fulltime.domain.match.Rule;
import dev.fulltime.domain.match.RuleViolation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** A tie as its own log defines it: its teams and rules, and which match plays which leg. */
public record TieDefinition(TieCreated tie, Map<Integer, String> legs) {

    public TieDefinition {
        legs = Map.copyOf(legs);
    }

    public static TieDefinition of(TieCreated tie) {
        return new TieDefinition(tie, Map.of());
    }

    /** Folds a tie's log: its {@link TieCreated}, then its {@link LegAttached}s; empty when it is no tie's log. */
    public static Optional<TieDefinition> replay(List<?> events) {
        if (events.isEmpty() || !(events.get(0) instanceof TieCreated created)) {
            return Optional.empty();
        }
        TieDefinition tie = of(created);
        for (Object attached : events.subList(1, events.size())) {
            tie = tie.with((LegAttached) attached);
        }
        return Optional.of(tie);
    }

    public TieDefinition with(LegAttached attached) {
        Map<Integer, String> more = new TreeMap<>(legs);
        more.put(attached.leg(), attached.matchId());
        return new TieDefinition(tie, more);
    }

    public Optional<String> matchOfLeg(int leg) {
        return Optional.ofNullable(legs.get(leg));
    }

    /**
     * Whether {@code matchId} may play leg {@code leg}: the leg exists in the tie's format, no other match plays
     * it, the leg before it is there, and its hosts are right (team A hosts the first leg, team B the second).
     *
     * @return false when that match already plays that leg, so attaching it again changes nothing
     * @throws RuleViolation when the tie refuses the match as that leg
     */
    public boolean accepts(int leg, String matchId, String homeTeam, String awayTeam) {
        if (leg < 1 || leg > tie.format().legs()) {
            throw new RuleViolation(Rule.LEG_NOT_IN_TIE, "the tie " + tie.tieId() + " has "
                    + tie.format().legs() + " leg(s); there is no leg " + leg);
        }
        String current = legs.get(leg);
        if (matchId.equals(current)) {
            return false;
        }
        if (current != null) {
            throw new RuleViolation(Rule.LEG_ALREADY_TAKEN, "leg " + leg + " of the tie is match " + current);
        }
        if (leg > 1 && !legs.containsKey(leg - 1)) {
            throw new RuleViolation(Rule.LEG_OUT_OF_ORDER, "leg " + (leg - 1) + " of the tie must be created before leg "
                    + leg);
        }
        String host = leg == 1 ? tie.teamA() : tie.teamB();
        String guest = leg == 1 ? tie.teamB() : tie.teamA();
        if (!host.equals(homeTeam) || !guest.equals(awayTeam)) {
            throw new RuleViolation(Rule.LEG_TEAMS_MISMATCH, "leg " + leg + " of the tie is " + host + " v " + guest
                    + ", not " + homeTeam + " v " + awayTeam);
        }
        return true;
    }

    /** The binding of leg {@code leg}: the tie's rules and the results of the legs before it, read by match id. */
    public TieContext contextOfLeg(int leg, Function<String, LegResult> resultOfMatch) {
        return new TieContext(tie.rules(), tie.format(), tie.teamA(), tie.teamB(),
                legs.entrySet().stream().filter(e -> e.getKey() < leg).map(e -> resultOfMatch.apply(e.getValue()))
                        .toList());
    }
}
