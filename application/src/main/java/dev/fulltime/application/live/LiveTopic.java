package dev.fulltime.application.live;

/**
 * What a live stream watches, by kind ({@value #MATCH} or {@value #TIE}) and id. Its text, {@code kind:id}, is how a
 * change is told to other nodes.
 */
public record LiveTopic(String kind, String id) {

    public static final String MATCH = "match";
    public static final String TIE = "tie";

    public static LiveTopic match(String matchId) {
        return new LiveTopic(MATCH, matchId);
    }

    public static LiveTopic tie(String tieId) {
        return new LiveTopic(TIE, tieId);
    }

    /** Reads the text of {@link #text()}; the id may itself hold a colon, the kind may not. */
    public static LiveTopic parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a live topic: " + text);
        }
        return new LiveTopic(text.substring(0, colon), text.substring(colon + 1));
    }

    public String text() {
        return kind + ":" + id;
    }
}
