package dev.fulltime.application.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One writer thread and the facts queued for it, written in the order they came. Each turn takes what is queued, up
 * to {@code maxBatch}, without waiting for more, and commits it as one; when the batch does not commit (a command
 * refused, or another node's append in the way), its facts are recorded again one at a time, so that each caller gets
 * the very answer it would have got alone. A caller is answered only once its fact is committed.
 */
final class FactWriter {

    private static final PendingFact END = new PendingFact(null, null);

    private final BlockingQueue<PendingFact> queue = new LinkedBlockingQueue<>();
    private final GroupCommit groupCommit;
    private final SeparateCommits separateCommits;
    private final int maxBatch;
    private final Thread thread;
    private boolean accepting = true;

    FactWriter(String name, GroupCommit groupCommit, SeparateCommits separateCommits, int maxBatch) {
        this.groupCommit = groupCommit;
        this.separateCommits = separateCommits;
        this.maxBatch = maxBatch;
        this.thread = new Thread(this::writeUntilEnd, name);
        this.thread.setDaemon(true);
    }

    /** Queues the fact; false once the writer has been told to end. */
    synchronized boolean offer(PendingFact pending) {
        if (accepting) {
            queue.add(pending);
        }
        return accepting;
    }

    void start() {
        thread.start();
    }

    /** Takes no more facts, writes those already queued and ends, waiting for it at most {@code millis}. */
    void end(long millis) throws InterruptedException {
        stopAccepting();
        thread.join(millis);
    }

    private synchronized void stopAccepting() {
        if (accepting) {
            accepting = false;
            queue.add(END);
        }
    }

    private void writeUntilEnd() {
        List<PendingFact> batch = new ArrayList<>(maxBatch);
        boolean ended = false;
        while (!ended) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException interrupted) {
                stopAccepting(); // and write what is queued before ending, so that no caller waits forever
                continue;
            }
            queue.drainTo(batch, maxBatch - 1);
            // nothing is queued after END, so it can only be the batch's last
            ended = batch.get(batch.size() - 1) == END;
            if (ended) {
                batch.remove(batch.size() - 1);
            }
            write(batch);
            batch.clear();
        }
    }

    /** A lone fact goes the usual way at once: it gains nothing from a batch, and a refusal would be decided twice. */
    private void write(List<PendingFact> batch) {
        Optional<List<RecordedFact>> committed = batch.size() > 1 ? groupCommit.commit(batch) : Optional.empty();
        if (committed.isPresent()) {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(committed.get().get(i));
            }
        } else {
            batch.forEach(separateCommits::answer);
        }
    }
}
