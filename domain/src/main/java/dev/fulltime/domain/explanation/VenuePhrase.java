package dev.fulltime.domain.explanation;

import java.util.Set;

/**
 * Where a match was played, as a person says it: " at Anfield", " at the Santiago Bernabéu", or nothing when the
 * venue is unknown. A stadium's name takes "the" ("the Santiago Bernabéu", "the Stade de France, Saint-Denis");
 * a ground named like a place does not: a single word ("Anfield"), an English ground named after its park, road,
 * lane or bridge ("Villa Park", "Stamford Bridge"), or a name that already has its article ("The Hawthorns").
 */
final class VenuePhrase {

    private static final Set<String> GROUND_WORDS = Set.of("Park", "Road", "Lane", "Bridge", "Cottage");

    private VenuePhrase() {
    }

    static boolean known(String venue) {
        return venue != null && !venue.isBlank();
    }

    /** " at " and the venue, to follow a clause; empty when the venue is unknown. */
    static String at(String venue) {
        if (!known(venue)) {
            return "";
        }
        return " at " + (takesArticle(venue.trim()) ? "the " : "") + venue.trim();
    }

    private static boolean takesArticle(String venue) {
        String[] words = venue.split(",")[0].trim().split("\\s+");
        return words.length > 1 && !words[0].equalsIgnoreCase("the")
                && !GROUND_WORDS.contains(words[words.length - 1]);
    }
}
