package dev.fulltime.application.match;

import java.util.concurrent.CompletableFuture;

/** A fact waiting for its writer, and the answer its caller waits for. */
record PendingFact(RecordFact fact, Recorder recorder, CompletableFuture<RecordedFact> answer) {

    PendingFact(RecordFact fact, Recorder recorder) {
        this(fact, recorder, new CompletableFuture<>());
    }
}
