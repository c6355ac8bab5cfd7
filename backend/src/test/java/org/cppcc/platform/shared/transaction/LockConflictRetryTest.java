package org.cppcc.platform.shared.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.cppcc.platform.shared.error.ApiExceptionHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bounded re-run of a command transaction that lost a lock conflict, and the API's answer when it gives up. */
class LockConflictRetryTest {

    /** A command that loses a deadlock a given number of times, then succeeds. */
    static class Command {
        final AtomicInteger runs = new AtomicInteger();
        int failures;
        RuntimeException failure = new CannotAcquireLockException("Deadlock found when trying to get lock");

        @Transactional
        public String run() {
            if (runs.incrementAndGet() <= failures) {
                throw failure;
            }
            return "done";
        }

        /** No transaction of its own: nothing to re-run. */
        public String plain() {
            runs.incrementAndGet();
            throw failure;
        }
    }

    @RestController
    static class CommandController {
        private final Command command;

        CommandController(Command command) {
            this.command = command;
        }

        @PostMapping("/command")
        String run() {
            return command.run();
        }
    }

    private static Command proxied(Command target) {
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(LockConflictRetryConfig.lockConflictRetryAdvisor(3, 1));
        return (Command) factory.getProxy();
    }

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void aCommandThatLosesTwoDeadlocksIsRunAgainAndSucceeds() {
        Command target = new Command();
        target.failures = 2;

        assertThat(proxied(target).run()).isEqualTo("done");
        assertThat(target.runs).hasValue(3);
    }

    @Test
    void theSameSqlErrorWrappedByAnotherLibraryIsRecognised() {
        Command target = new Command();
        target.failures = 1;
        target.failure = new IllegalStateException(
                "engine failure", new SQLException("Deadlock found when trying to get lock", "40001", 1213));

        assertThat(proxied(target).run()).isEqualTo("done");
        assertThat(target.runs).hasValue(2);
    }

    @Test
    void aCommandThatAlwaysLosesGivesUpAfterThreeAttempts() {
        Command target = new Command();
        target.failures = Integer.MAX_VALUE;

        assertThatThrownBy(() -> proxied(target).run()).isInstanceOf(PessimisticLockingFailureException.class);
        assertThat(target.runs).hasValue(3);
    }

    @Test
    void otherFailuresAndMethodsWithoutTransactionAreNotRetried() {
        Command target = new Command();
        target.failures = Integer.MAX_VALUE;
        target.failure = new IllegalArgumentException("bad input");

        assertThatThrownBy(() -> proxied(target).run()).isInstanceOf(IllegalArgumentException.class);
        assertThat(target.runs).hasValue(1);

        Command plain = new Command();
        assertThatThrownBy(() -> proxied(plain).plain()).isInstanceOf(CannotAcquireLockException.class);
        assertThat(plain.runs).hasValue(1);
    }

    @Test
    void aCallInsideAnOpenTransactionLeavesTheRetryToTheOutermostOne() {
        Command target = new Command();
        target.failures = 1;
        TransactionSynchronizationManager.setActualTransactionActive(true);

        assertThatThrownBy(() -> proxied(target).run()).isInstanceOf(CannotAcquireLockException.class);
        assertThat(target.runs).hasValue(1);
    }

    @Test
    void theFinalFailureIsA503ProblemWithRetryAfter() throws Exception {
        Command target = new Command();
        target.failures = Integer.MAX_VALUE;
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new CommandController(proxied(target)))
                .setControllerAdvice(new ApiExceptionHandler())
                .build();

        mvc.perform(post("/command"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("BUSY"))
                .andExpect(jsonPath("$.detail").value("系统繁忙，请稍后重试"));
        assertThat(target.runs).hasValue(3);
    }
}
