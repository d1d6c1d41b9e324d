package dev.fulltime.application.match;

import dev.fulltime.application.store.Commands;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Records a batch of facts in one unit of work and one transaction: one flush and one commit for them all, or none of
 * them stored. Each command still goes through the command bus as it always has; started inside the batch's unit of
 * work, its own is nested in it, so it keeps its own message (correlation data, who recorded it), its events wait for
 * the batch's commit, and a match is loaded once for the whole batch, each command seeing the events of those before.
 * Should the batch roll back, every nested unit of work rolls back with it, which evicts their matches from the cache.
 */
@Component
class GroupCommit {

    private final Commands commands;
    private final TransactionManager transactionManager;

    GroupCommit(Commands commands, TransactionManager transactionManager) {
        this.commands = commands;
        this.transactionManager = transactionManager;
    }

    /**
     * The facts as recorded, in the batch's order; empty when any command was refused, the commit failed or no
     * transaction could be started (each caller meets the reason again when its fact is recorded alone).
     */
    Optional<List<RecordedFact>> commit(List<PendingFact> batch) {
        ResultMessage<List<RecordedFact>> outcome;
        try {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            unitOfWork.attachTransaction(transactionManager);
            outcome = unitOfWork.executeWithResult(() -> batch.stream().map(this::send).toList(),
                    RollbackConfigurationType.ANY_THROWABLE);
        } catch (RuntimeException noTransaction) {
            return Optional.empty();
        }
        return outcome.isExceptional() ? Optional.empty() : Optional.of(outcome.getPayload());
    }

    private RecordedFact send(PendingFact pending) {
        return commands.send(pending.fact(), pending.recorder());
    }
}
