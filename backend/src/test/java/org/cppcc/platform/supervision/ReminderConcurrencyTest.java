package org.cppcc.platform.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import org.cppcc.platform.CppccPlatformApplication;
import org.cppcc.platform.shared.time.AdjustableClock;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * Reminders under concurrency: a second application instance on the same database scanning at the same
 * moment as this one, and a scan racing the very completions that close its items.
 */
class ReminderConcurrencyTest extends SupervisionTestSupport {

    @Autowired
    Environment environment;

    @Test
    void twoInstancesOnOneDatabaseSendEachReminderExactlyOnce() throws Exception {
        String address = "office-" + System.nanoTime() + "@jiangwan.test";
        jdbc.update("UPDATE app_account SET email = ? WHERE username = 'tab02'", address);
        today("2026-12-07"); // Monday; sign-off due Monday 14 Dec
        List<Long> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String title = title("关于双节点督办测试的建议" + i + "号");
            long id = registeredProposal("wy032", title);
            assign(id, "FGJ");
            ids.add(id);
            titles.add(title);
        }
        today("2026-12-22"); // six working days late: levels 1, 2 and 3 all owed

        try (ConfigurableApplicationContext second = secondInstance()) {
            AdjustableClock secondClock = second.getBean(AdjustableClock.class);
            secondClock.setOffset(clock.offset());
            DeadlineReminders secondReminders = second.getBean(DeadlineReminders.class);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Integer> here = pool.submit(scanAfter(start, () -> reminders.scan()));
                Future<Integer> there = pool.submit(scanAfter(start, () -> secondReminders.scan()));
                int sentHere = here.get(5, TimeUnit.MINUTES);
                int sentThere = there.get(5, TimeUnit.MINUTES);
                assertThat(sentHere + sentThere).isGreaterThanOrEqualTo(12);
            } finally {
                pool.shutdownNow();
            }
        }

        for (long id : ids) {
            assertThat(remindersOf(id))
                    .containsExactlyInAnyOrder("SIGN_OFF OVERDUE 1", "SIGN_OFF OVERDUE 2", "SIGN_OFF OVERDUE 3");
            assertThat(remindersReceived("fgj", id, "SIGN_OFF", "OVERDUE", 1)).isEqualTo(1);
            assertThat(remindersReceived("fgjld", id, "SIGN_OFF", "OVERDUE", 2)).isEqualTo(1);
            assertThat(remindersReceived("tab02", id, "SIGN_OFF", "OVERDUE", 3)).isEqualTo(1);
        }
        GreenMail mail = TestMailServer.get();
        long deadline = System.currentTimeMillis() + 20_000;
        while (mailsFor(mail, address, titles) < 4 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(1000); // a duplicate would arrive within this too
        assertThat(mailsFor(mail, address, titles))
                .as("one e-mail per level-3 reminder")
                .isEqualTo(4);
        String unsent = "SELECT COUNT(*) FROM notification n JOIN app_account a ON a.id = n.account_id "
                + "WHERE a.username = 'tab02' AND n.email_status NOT IN ('SENT', 'NO_ADDRESS')";
        long settle = System.currentTimeMillis() + 20_000;
        while (jdbc.queryForObject(unsent, Integer.class) > 0 && System.currentTimeMillis() < settle) {
            Thread.sleep(200);
        }
        assertThat(jdbc.queryForObject(unsent, Integer.class))
                .as("every e-mail to an address went out")
                .isZero();
    }

    @Test
    void aScanRacingTheCompletionsLosesNoneAndRemindsNoClosedItem() throws Exception {
        today("2026-12-01");
        List<Long> assignments = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long id = registeredProposal("wy033", title("关于并发签收测试的建议" + i + "号"));
            JsonNode assigned = assign(id, "JYJ");
            ids.add(id);
            assignments.add(assignment(assigned, "LEAD"));
        }
        today("2026-12-17"); // sign-off overdue: reminders owed for every item
        ApiClient jyj = loginAs("jyj");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean signing = new AtomicBoolean(true);
        try {
            Future<Integer> scanner = pool.submit(() -> {
                int sent = 0;
                while (signing.get()) {
                    sent += reminders.scan();
                }
                return sent;
            });
            List<Future<Integer>> signs = new ArrayList<>();
            for (long assignment : assignments) {
                signs.add(pool.submit(() -> jyj.post("/api/proposals/assignments/" + assignment + "/sign", null)
                        .status()));
            }
            for (Future<Integer> sign : signs) {
                assertThat(sign.get(2, TimeUnit.MINUTES))
                        .as("no completion is lost")
                        .isEqualTo(204);
            }
            signing.set(false);
            scanner.get(2, TimeUnit.MINUTES);
        } finally {
            signing.set(false);
            pool.shutdownNow();
        }
        for (int i = 0; i < ids.size(); i++) {
            long assignment = assignments.get(i);
            assertThat(jdbc.queryForObject(
                            "SELECT status FROM proposal_assignment WHERE id = ?", String.class, assignment))
                    .isEqualTo("SIGNED");
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ "
                                    + "WHERE e.BUSINESS_KEY_ = ? AND t.TASK_DEF_KEY_ = 'handle'",
                            Integer.class,
                            "proposal-" + ids.get(i)))
                    .as("the unit's handling task exists")
                    .isEqualTo(1);
            // A reminder either committed before the signing took the proposal's lock, or was not sent.
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM supervision_reminder r JOIN proposal_assignment a "
                                    + "ON a.id = r.assignment_id WHERE r.assignment_id = ? AND "
                                    + "r.deadline_kind = 'SIGN_OFF' "
                                    + "AND r.sent_at > a.signed_at",
                            Integer.class,
                            assignment))
                    .isZero();
        }
        List<String> before = new ArrayList<>();
        ids.forEach(id -> before.addAll(remindersOf(id)));
        reminders.scan();
        List<String> after = new ArrayList<>();
        ids.forEach(id -> after.addAll(remindersOf(id)));
        assertThat(after.stream().filter(r -> r.startsWith("SIGN_OFF")).toList())
                .as("closed items get no more reminders")
                .isEqualTo(before.stream().filter(r -> r.startsWith("SIGN_OFF")).toList());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM (SELECT item_key, kind, level FROM supervision_reminder "
                                + "GROUP BY item_key, kind, level HAVING COUNT(*) > 1) d",
                        Integer.class))
                .isZero();
    }

    private ConfigurableApplicationContext secondInstance() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMailServer.port(),
                "--platform.clean-database-on-start=false",
                "--platform.supervision.scan-enabled=false",
                "--platform.data-dir=" + System.getProperty("java.io.tmpdir") + "/cppcc-second-instance",
                "--spring.application.name=cppcc-second-instance"));
        return new SpringApplicationBuilder(CppccPlatformApplication.class).run(args.toArray(String[]::new));
    }

    private static Callable<Integer> scanAfter(CyclicBarrier start, Callable<Integer> scan) {
        return () -> {
            start.await(1, TimeUnit.MINUTES);
            return scan.call();
        };
    }

    private static long mailsFor(GreenMail mail, String address, List<String> titles) throws Exception {
        long count = 0;
        for (MimeMessage message : mail.getReceivedMessages()) {
            String to = message.getAllRecipients()[0].toString();
            String subject = message.getSubject();
            // Only the warnings: the office also hears of each proposal's other steps.
            if (to.equals(address)
                    && subject.contains("超期预警")
                    && titles.stream().anyMatch(subject::contains)) {
                count++;
            }
        }
        return count;
    }
}
