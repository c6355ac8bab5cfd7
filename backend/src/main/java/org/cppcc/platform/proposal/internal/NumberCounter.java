package org.cppcc.platform.proposal.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration numbers (提案号): consecutive within a session, no gaps and no duplicates. The counter row
 * is locked by the registering transaction, so concurrent registrations queue, and a registration that
 * rolls back gives its number back.
 */
@Component
class NumberCounter {

    private final ProposalMapper proposals;
    private final TransactionTemplate separateTransaction;

    NumberCounter(ProposalMapper proposals, PlatformTransactionManager transactions) {
        this.proposals = proposals;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Must run inside the registering transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(long sessionId) {
        // Look before locking: a locking read of a missing row would hold a gap lock on MariaDB that
        // the separate transaction creating the row then waits for.
        if (!proposals.counterExists(sessionId)) {
            createCounter(sessionId);
        }
        int number = proposals.lockCounter(sessionId) + 1;
        proposals.setCounter(sessionId, number);
        return number;
    }

    /** A session's first registration creates its counter in a transaction of its own, so a race is harmless. */
    private void createCounter(long sessionId) {
        try {
            separateTransaction.executeWithoutResult(status -> proposals.insertCounter(sessionId));
        } catch (DuplicateKeyException alreadyCreated) {
            // Another registration created it first.
        }
    }
}
