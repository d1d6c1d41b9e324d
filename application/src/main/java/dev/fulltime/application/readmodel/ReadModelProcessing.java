package dev.fulltime.application.readmodel;

/**
 * The one processing group that feeds every read model. One processor reads the log once for all of them: the tie
 * and competition views need a handful of its events, and a processor of their own would fetch the whole log for
 * those. A batch of events is projected into every read model in one transaction.
 */
public final class ReadModelProcessing {

    public static final String GROUP = "read-models";

    private ReadModelProcessing() {
    }
}
