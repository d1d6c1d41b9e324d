package dev.fulltime.infrastructure.importer.openfootball;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads round headers in every shape openfootball has used:
 * "» Group A", "» Gruppe G", "» Round of 16", "» Quarterfinals", "» League, Matchday 1", "» Playoffs, Matchday 2",
 * "» Finals, Round of 16", "Round of 16 - 1st Leg", "Round of 16, 2nd Leg", "(3) Round of 16 - 1st Leg",
 * "Matchday 4" (under "== Group"), "Preliminary Semifinals", "Round 2", "Playoff Round".
 * The leg is the one the header names; in a knockout round "Matchday 2" names the second leg.
 */
final class RoundHeader {

    private static final Pattern MARKER = Pattern.compile("^(?:»|\\(\\d+\\))\\s*");
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+-\\s+");
    private static final Pattern LEG = Pattern.compile("(?:(?<ordinal>[12])(?:st|nd)\\s+leg|leg\\s+(?<number>[12]))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MATCHDAY = Pattern.compile("matchday\\s+(?<number>\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP = Pattern.compile("(?:group|gruppe)\\s+(?<letter>[A-L])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROUND_OF = Pattern.compile("round\\s+of\\s+(?<teams>\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUALIFYING_ROUND = Pattern.compile("round\\s+(?<number>[1-4])", Pattern.CASE_INSENSITIVE);
    private static final String FINALS_PREFIX = "finals";
    private static final String PLAYOFFS = "playoffs";
    private static final Map<String, String> NAMED_ROUNDS = Map.of(
            "quarterfinals", "Quarter-finals",
            "semifinals", "Semi-finals",
            "final", "Final",
            "league", Round.LEAGUE_PHASE,
            "leaguephase", Round.LEAGUE_PHASE,
            "knockoutplayoffs", "Knockout play-offs",
            "playoffround", "Play-off round",
            "preliminarysemifinals", "Preliminary round semi-finals",
            "preliminaryfinal", "Preliminary round final");

    private RoundHeader() {
    }

    static Optional<Round> parse(String content, Stage stage) {
        Parts parts = Parts.of(MARKER.matcher(content).replaceFirst(""));
        Optional<String> name = parts.names().isEmpty() && parts.matchday() != null ? matchdayRound(stage)
                : parts.names().size() == 1 ? normalised(parts.names().get(0), stage)
                : Optional.empty();
        return name.map(round -> new Round(round, parts.leg() != null ? parts.leg()
                : Round.isKnockout(round) ? parts.matchday() : null));
    }

    private static Optional<String> matchdayRound(Stage stage) {
        return switch (stage) {
            case GROUP -> Optional.of(Round.GROUP_STAGE);
            case LEAGUE -> Optional.of(Round.LEAGUE_PHASE);
            default -> Optional.empty();
        };
    }

    private static Optional<String> normalised(String name, Stage stage) {
        Matcher group = GROUP.matcher(name);
        if (group.matches()) {
            return Optional.of("Group " + group.group("letter").toUpperCase(Locale.ROOT));
        }
        Matcher roundOf = ROUND_OF.matcher(name);
        if (roundOf.matches()) {
            return Optional.of("Round of " + roundOf.group("teams"));
        }
        Matcher qualifyingRound = QUALIFYING_ROUND.matcher(name);
        if (qualifyingRound.matches()) {
            return Optional.of("Qualifying round " + qualifyingRound.group("number"));
        }
        if (key(name).equals(PLAYOFFS)) {
            return Optional.of(stage == Stage.QUALIFYING ? "Play-off round" : "Knockout play-offs");
        }
        return Optional.ofNullable(NAMED_ROUNDS.get(key(name)));
    }

    /** "Quarter-finals", "Quarterfinals" and "quarter finals" share the key "quarterfinals". */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** A header split at its commas and dashes: the round's name (less a "Finals, " prefix), leg and matchday. */
    private record Parts(List<String> names, Integer leg, Integer matchday) {

        static Parts of(String header) {
            List<String> names = new ArrayList<>();
            Integer leg = null;
            Integer matchday = null;
            for (String part : PART_SEPARATOR.split(header)) {
                Matcher legPart = LEG.matcher(part);
                Matcher matchdayPart = MATCHDAY.matcher(part);
                if (legPart.matches()) {
                    leg = Integer.valueOf(legPart.group("ordinal") != null ? legPart.group("ordinal") : legPart.group("number"));
                } else if (matchdayPart.matches()) {
                    matchday = Integer.valueOf(matchdayPart.group("number"));
                } else {
                    names.add(part);
                }
            }
            if (names.size() == 2 && key(names.get(0)).equals(FINALS_PREFIX)) {
                names.remove(0);
            }
            return new Parts(names, leg, matchday);
        }
    }
}
