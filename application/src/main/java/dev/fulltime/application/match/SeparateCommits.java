package dev.fulltime.application.match;

import dev.fulltime.application.store.Commands;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/** Records a fact in a unit of work and transaction of its own, as every fact was before they were grouped. */
@Component
class SeparateCommits {

    static final int ATTEMPTS = 5;

    private final Commands commands;

    SeparateCommits(Commands commands) {
        this.commands = commands;
    }

    /** Decides again on the stream as it now stands when another node appended to the match at the same moment. */
    RecordedFact record(RecordFact fact, Recorder recorder) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.send(fact, recorder);
            } catch (ConcurrencyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /** Records the pending fact and completes its answer with the outcome, whatever it is. */
    void answer(PendingFact pending) {
        try {
            pending.answer().complete(record(pending.fact(), pending.recorder()));
        } catch (RuntimeException | Error refused) {
            pending.answer().completeExceptionally(refused);
        }
    }
}
