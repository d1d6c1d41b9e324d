package dev.fulltime.application.match;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/** The real transactions, counted as they end. */
final class CountingTransactions implements TransactionManager {

    private final TransactionManager real;
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger rollbacks = new AtomicInteger();

    CountingTransactions(TransactionManager real) {
        this.real = real;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = real.startTransaction();
        return new Transaction() {
            @Override
            public void commit() {
                transaction.commit();
                commits.incrementAndGet();
            }

            @Override
            public void rollback() {
                transaction.rollback();
                rollbacks.incrementAndGet();
            }
        };
    }

    int commits() {
        return commits.get();
    }

    int rollbacks() {
        return rollbacks.get();
    }
}
