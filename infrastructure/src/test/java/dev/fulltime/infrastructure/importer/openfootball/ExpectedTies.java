package dev.fulltime.infrastructure.importer.openfootball;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The knockout ties of expected-ties.csv (season, round, team_a, team_b, legs, agg, winner, decided_by), held
 * against parsed matches: the legs of a tie are the knockout matches of its round between its two teams, in date
 * order, the first with team_a at home; each leg's score (after extra time where played) must be the csv's
 * home-away score for that leg, and the legs must add up to the csv's aggregate from team_a's side.
 */
final class ExpectedTies {

    private ExpectedTies() {
    }

    record Tie(String season, String round, String teamA, String teamB, List<ParsedScore> legs, ParsedScore aggregate,
               String winner, String decidedBy) {

        @Override
        public String toString() {
            return season + " " + round + " " + teamA + " v " + teamB;
        }
    }

    static List<Tie> ofSeason(String season) {
        return OpenfootballFiles.read("expected-ties.csv").lines()
                .skip(1)
                .map(row -> row.split(","))
                .filter(columns -> columns[0].equals(season))
                .map(columns -> new Tie(columns[0], columns[1], columns[2], columns[3],
                        Arrays.stream(columns[4].split("\\|")).map(ExpectedTies::score).toList(), score(columns[5]),
                        columns[6], columns[7]))
                .toList();
    }

    /** Every way the parsed matches disagree with the ties; empty when they agree. */
    static List<String> disagreements(List<Tie> ties, ParsedCompetition competition) {
        List<String> disagreements = new ArrayList<>();
        for (Tie tie : ties) {
            List<ParsedMatch> legs = legsOf(tie, competition);
            if (legs.size() != tie.legs().size()) {
                disagreements.add(tie + ": " + tie.legs().size() + " leg(s) expected, found " + legs.size());
                continue;
            }
            if (!legs.get(0).homeTeam().equals(tie.teamA())) {
                disagreements.add(tie + ": first leg is at " + legs.get(0).homeTeam());
            }
            int aggregateA = 0;
            int aggregateB = 0;
            for (int index = 0; index < legs.size(); index++) {
                ParsedMatch leg = legs.get(index);
                ParsedScore score = finalScore(leg);
                if (leg.leg() != null && leg.leg() != index + 1) {
                    disagreements.add(tie + ": line " + leg.lineNumber() + " is leg " + leg.leg() + ", not " + (index + 1));
                }
                if (!score.equals(tie.legs().get(index))) {
                    disagreements.add(tie + ": leg " + (index + 1) + " ended " + score + ", expected " + tie.legs().get(index));
                }
                boolean teamAAtHome = leg.homeTeam().equals(tie.teamA());
                aggregateA += teamAAtHome ? score.home() : score.away();
                aggregateB += teamAAtHome ? score.away() : score.home();
            }
            if (!new ParsedScore(aggregateA, aggregateB).equals(tie.aggregate())) {
                disagreements.add(tie + ": aggregate " + aggregateA + "-" + aggregateB + ", expected " + tie.aggregate());
            }
        }
        return disagreements;
    }

    private static List<ParsedMatch> legsOf(Tie tie, ParsedCompetition competition) {
        Set<String> teams = Set.of(tie.teamA(), tie.teamB());
        return competition.matches().stream()
                .filter(ParsedMatch::knockout)
                .filter(match -> sameRound(match.round(), tie.round()))
                .filter(match -> Set.of(match.homeTeam(), match.awayTeam()).equals(teams))
                .sorted(Comparator.comparing(ParsedMatch::date))
                .toList();
    }

    private static ParsedScore finalScore(ParsedMatch match) {
        return match.afterExtraTime() != null ? match.afterExtraTime() : match.fullTime();
    }

    /** Whether two round names name the same round, as "Quarter-finals" and the csv's "quarterfinals" do. */
    static boolean sameRound(String round, String other) {
        return roundKey(round).equals(roundKey(other));
    }

    /** "Quarter-finals" and the csv's "quarterfinals" both become "quarterfinals". */
    private static String roundKey(String round) {
        return round.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static ParsedScore score(String homeAway) {
        String[] goals = homeAway.split("-");
        return new ParsedScore(Integer.parseInt(goals[0]), Integer.parseInt(goals[1]));
    }
}
