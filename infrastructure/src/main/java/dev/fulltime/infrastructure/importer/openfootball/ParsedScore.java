package dev.fulltime.infrastructure.importer.openfootball;

/** Goals of the home and the away team, as one score of a Football.TXT match line. */
public record ParsedScore(int home, int away) {

    public ParsedScore {
        if (home < 0 || away < 0) {
            throw new IllegalArgumentException("A score counts no negative goals: " + home + "-" + away);
        }
    }
}
