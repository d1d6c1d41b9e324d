package dev.fulltime.application.importing;

import dev.fulltime.domain.tie.TieFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Makes ties of the matches of knockout rounds: the matches of one round between the same two teams are one tie.
 * A round is two-legged when any of its ties has two matches or any of its matches names its leg; otherwise each
 * of its matches is a single-match tie. The first leg (named so, or else the earlier) is hosted by team A, the
 * second by team B. A two-legged tie with only one of its legs in the source keeps the other to come; a second leg
 * played without its first cannot decide the tie and is a contradiction.
 */
final class KnockoutPairing {

    private static final Comparator<ImportedMatch> LEG_ORDER = Comparator.comparing(ImportedMatch::date)
            .thenComparing(ImportedMatch::leg, Comparator.nullsLast(Comparator.naturalOrder()));

    /** One leg of a tie, numbered from 1. */
    record Leg(int number, ImportedMatch match) {
    }

    /** A tie made of the source's matches, its legs in order. */
    record PairedTie(String round, String teamA, String teamB, TieFormat format, List<Leg> legs) {
    }

    private KnockoutPairing() {
    }

    /** The ties in the order of their first match; a tie whose matches contradict each other is left out. */
    static List<PairedTie> pair(List<ImportedMatch> knockoutMatches, List<ImportProblem> problems) {
        Map<String, Map<Set<String>, List<ImportedMatch>>> rounds = new LinkedHashMap<>();
        for (ImportedMatch match : knockoutMatches) {
            rounds.computeIfAbsent(match.round(), round -> new LinkedHashMap<>())
                    .computeIfAbsent(Set.of(match.homeTeam(), match.awayTeam()), teams -> new ArrayList<>())
                    .add(match);
        }
        List<PairedTie> ties = new ArrayList<>();
        rounds.forEach((round, meetings) -> {
            boolean twoLegs = meetings.values().stream()
                    .anyMatch(matches -> matches.size() > 1 || matches.stream().anyMatch(m -> m.leg() != null));
            for (List<ImportedMatch> matches : meetings.values()) {
                try {
                    ties.add(twoLegs ? twoLegged(round, matches) : single(round, matches.get(0)));
                } catch (Contradiction contradiction) {
                    problems.add(new ImportProblem(matches.get(0).describe(), contradiction.getMessage()));
                }
            }
        });
        return ties;
    }

    private static PairedTie single(String round, ImportedMatch match) {
        return new PairedTie(round, match.homeTeam(), match.awayTeam(), TieFormat.SINGLE_MATCH,
                List.of(new Leg(1, match)));
    }

    private static PairedTie twoLegged(String round, List<ImportedMatch> matches) {
        if (matches.size() > TieFormat.TWO_LEGS.legs()) {
            throw new Contradiction("the same two teams meet " + matches.size() + " times in the " + round
                    + "; a tie has two legs at most");
        }
        List<ImportedMatch> inOrder = matches.stream().sorted(LEG_ORDER).toList();
        ImportedMatch first = inOrder.get(0);
        if (inOrder.size() == 1) {
            return withOneLeg(round, first);
        }
        ImportedMatch second = inOrder.get(1);
        requireLegsInTurn(first, second);
        return new PairedTie(round, first.homeTeam(), first.awayTeam(), TieFormat.TWO_LEGS,
                List.of(new Leg(1, first), new Leg(2, second)));
    }

    /** A two-legged tie of which the source holds one leg: the first, unless it names the second. */
    private static PairedTie withOneLeg(String round, ImportedMatch match) {
        if (!Objects.equals(match.leg(), 2)) {
            return new PairedTie(round, match.homeTeam(), match.awayTeam(), TieFormat.TWO_LEGS,
                    List.of(new Leg(1, match)));
        }
        if (match.played()) {
            throw new Contradiction("the second leg is played, but the first leg is not in the source: the tie "
                    + "cannot be decided without it");
        }
        return new PairedTie(round, match.awayTeam(), match.homeTeam(), TieFormat.TWO_LEGS, List.of(new Leg(2, match)));
    }

    private static void requireLegsInTurn(ImportedMatch first, ImportedMatch second) {
        if (first.homeTeam().equals(second.homeTeam())) {
            throw new Contradiction("both legs are played at " + first.homeTeam() + "'s ground ("
                    + second.describe() + ")");
        }
        if (first.date().equals(second.date())) {
            throw new Contradiction("both legs are played on " + first.date() + " (" + second.describe() + ")");
        }
        if (Objects.equals(first.leg(), 2) || Objects.equals(second.leg(), 1)) {
            throw new Contradiction("the leg played first, on " + first.date() + ", is not named the first leg ("
                    + second.describe() + ")");
        }
    }
}
