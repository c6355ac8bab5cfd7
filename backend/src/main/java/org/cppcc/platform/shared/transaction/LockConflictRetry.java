package org.cppcc.platform.shared.transaction;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Re-runs a whole command transaction that lost a deadlock or waited too long for a lock. The database
 * rolled the transaction back, so nothing of it is left and running it again from the start is safe: a
 * command is idempotent until it commits. Only the outermost transactional call retries (an inner one
 * would re-run inside a transaction that is already marked for rollback). After the last attempt the
 * conflict goes up as a {@link PessimisticLockingFailureException}, which the API answers with 503.
 */
public class LockConflictRetry implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(LockConflictRetry.class);

    /** MySQL / MariaDB: deadlock found, lock wait timeout exceeded. */
    private static final int MYSQL_DEADLOCK = 1213;

    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

    private final int attempts;
    private final long backoffMillis;

    public LockConflictRetry(int attempts, long backoffMillis) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
        this.backoffMillis = backoffMillis;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (!isLockConflict(e)) {
                    throw e;
                }
                if (attempt >= attempts) {
                    log.warn(
                            "{} lost a lock conflict {} times, giving up: {}",
                            invocation.getMethod().getName(),
                            attempt,
                            e.toString());
                    throw e instanceof PessimisticLockingFailureException
                            ? e
                            : new CannotAcquireLockException("lock conflict after " + attempt + " attempts", e);
                }
                log.info(
                        "{} lost a lock conflict, attempt {} of {}",
                        invocation.getMethod().getName(),
                        attempt,
                        attempts);
                pause(attempt);
            }
        }
    }

    /**
     * Spring's translation, or the same SQL error wrapped by a library that does not translate (Flowable's
     * own statements come wrapped in its exceptions).
     */
    static boolean isLockConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == MYSQL_DEADLOCK
                            || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT
                            || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A short, growing and jittered pause, so that the transactions that collided do not collide again. */
    private void pause(int attempt) {
        if (backoffMillis <= 0) {
            return;
        }
        long bound = backoffMillis * attempt;
        try {
            Thread.sleep(bound / 2 + ThreadLocalRandom.current().nextLong(bound / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotAcquireLockException("interrupted while waiting to retry", e);
        }
    }
}
