package dev.fulltime.application.importing;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * The identifiers an import gives what it records, all derived from the source's content, so that importing the
 * same source again names the same competition, ties, matches and facts, and records nothing new. Stream ids are
 * at most {@value #MAX_LENGTH} letters, digits, '.', ':' and '-': a longer one keeps its readable start and ends
 * with a hash of the whole.
 */
final class ImportIds {

    static final int MAX_LENGTH = 80;
    private static final int HASH_LENGTH = 8;
    private static final String SEPARATOR = ":";

    private ImportIds() {
    }

    /** "uefa-champions-league-2022-23". */
    static String competition(String name, String season) {
        return bounded(slug(name) + "-" + slug(season));
    }

    /** The competition, the round and the teams in the order they play the first leg. */
    static String tie(String competitionId, String round, String teamA, String teamB) {
        return bounded(String.join(SEPARATOR, competitionId, slug(round), slug(teamA), slug(teamB)));
    }

    /** The competition, the round, the date and the teams, home first. */
    static String match(String competitionId, String round, LocalDate date, String homeTeam, String awayTeam) {
        return bounded(String.join(SEPARATOR, competitionId, slug(round), date.toString(), slug(homeTeam),
                slug(awayTeam)));
    }

    /**
     * The eventId of a match's {@code index}th fact: a name-based UUID of the match, the index and what the fact
     * says, so that a fact sent again is recognised as a repeat, while a source that now says something else of
     * that fact gets a new id (and the engine's refusal, rather than a silent "already recorded").
     */
    static String event(String matchId, int index, Object... content) {
        String name = matchId + "#" + index + "#" + Arrays.toString(content);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Lower-case ASCII words joined by '-': "Bayern München" becomes "bayern-munchen". */
    static String slug(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? hash(text) : slug;
    }

    private static String bounded(String id) {
        return id.length() <= MAX_LENGTH ? id
                : id.substring(0, MAX_LENGTH - HASH_LENGTH - 1) + "-" + hash(id);
    }

    private static String hash(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "").substring(0, HASH_LENGTH);
    }
}
