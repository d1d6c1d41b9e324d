package dev.fulltime.application.match;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Records facts with others recorded at the same moment, in one commit: most of a fact's cost is its commit (the
 * flush and the write to disk), which a batch pays once. {@code fulltime.recording.writers} writers share the matches,
 * each match always with the same writer, so that its facts are decided in the order they came and no two writers
 * ever hold the same match; {@code 0} records every fact on its own. While the writers are not running (before the
 * application has started, once it is stopping) a fact is recorded on its own, on the caller's thread.
 */
@Component
class GroupedRecording implements SmartLifecycle {

    private static final long END_WAIT_MILLIS = 30_000;

    private final GroupCommit groupCommit;
    private final SeparateCommits separateCommits;
    private final int writerCount;
    private final int maxBatch;
    private volatile List<FactWriter> writers = List.of();

    GroupedRecording(GroupCommit groupCommit, SeparateCommits separateCommits,
                     @Value("${fulltime.recording.writers:2}") int writerCount,
                     @Value("${fulltime.recording.max-batch:200}") int maxBatch) {
        this.groupCommit = groupCommit;
        this.separateCommits = separateCommits;
        this.writerCount = writerCount;
        this.maxBatch = maxBatch;
    }

    /** Answers once the fact is committed, with what recording it alone would have answered or thrown. */
    RecordedFact record(RecordFact fact, Recorder recorder) {
        PendingFact pending = new PendingFact(fact, recorder);
        List<FactWriter> running = writers;
        if (!running.isEmpty() && writerOf(fact.matchId(), running).offer(pending)) {
            return awaited(pending);
        }
        return separateCommits.record(fact, recorder);
    }

    private static FactWriter writerOf(String matchId, List<FactWriter> running) {
        return running.get(Math.floorMod(matchId.hashCode(), running.size()));
    }

    private static RecordedFact awaited(PendingFact pending) {
        try {
            return pending.answer().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }

    @Override
    public synchronized void start() {
        List<FactWriter> started = new ArrayList<>();
        for (int i = 0; i < writerCount; i++) {
            FactWriter writer = new FactWriter("fact-writer-" + i, groupCommit, separateCommits, maxBatch);
            writer.start();
            started.add(writer);
        }
        writers = List.copyOf(started);
    }

    /** Facts already queued are written before the writers end; later ones are recorded on their own. */
    @Override
    public synchronized void stop() {
        List<FactWriter> ending = writers;
        writers = List.of();
        try {
            for (FactWriter writer : ending) {
                writer.end(END_WAIT_MILLIS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return !writers.isEmpty();
    }
}
