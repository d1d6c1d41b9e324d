package dev.fulltime.application.integrity;

import java.util.List;

/** Recomputes a stream's hash chain from its stored events, in stream order, and finds where it first breaks. */
public final class HashChain {

    private HashChain() {
    }

    /**
     * An event breaks the chain when it does not name its predecessor's hash, or its own hash is not what its content
     * recomputes to; an event removed from the middle breaks it at the next one.
     *
     * @param links the stream's events in sequence order, at least one
     */
    public static MatchIntegrity verify(String matchId, List<StoredLink> links) {
        String headHash = links.get(links.size() - 1).hash();
        String hashBefore = EventHash.GENESIS;
        for (StoredLink link : links) {
            if (!link.follows(hashBefore)) {
                return new MatchIntegrity(matchId, false, links.size(), headHash, link.sequence());
            }
            hashBefore = link.hash();
        }
        return new MatchIntegrity(matchId, true, links.size(), headHash, null);
    }
}
