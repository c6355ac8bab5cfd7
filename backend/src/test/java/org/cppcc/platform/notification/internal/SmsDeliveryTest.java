package org.cppcc.platform.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.cppcc.platform.notification.Notice;
import org.cppcc.platform.notification.Notifications;
import org.cppcc.platform.support.IntegrationTest;
import org.cppcc.platform.support.SmsInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SMS channel of accounts: texted only for the categories they chose SMS for, once per (notice, phone) however
 * often the notice is given; two nodes racing for one message send it once.
 */
class SmsDeliveryTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SmsOutbox outbox;

    @Test
    void anAccountThatChoseSmsIsTextedOnceForANoticeGivenTwice() throws Exception {
        String phone = newPhone();
        long lly03 = accountId("lly03");
        jdbc.update("UPDATE app_account SET phone = ? WHERE id = ?", phone, lly03);
        loginAs("lly03")
                .put(
                        "/api/notifications/preferences",
                        Map.of(
                                "items",
                                List.of(Map.of("category", "PROPOSAL", "inApp", true, "email", "OFF", "sms", true))))
                .expectStatus(200);
        try {
            Notice notice = new Notice("PROPOSAL", "提案已立案：短信测试" + phone, "正文", "/proposals/1", "sms-test:" + phone);
            transaction.executeWithoutResult(s -> notifications.send(notice, List.of(lly03)));
            transaction.executeWithoutResult(s -> notifications.send(notice, List.of(lly03)));
            // A category without SMS chosen (and without a template) is not texted.
            transaction.executeWithoutResult(s -> notifications.send(
                    new Notice("CHASE", "催办", "正文", null, "sms-test-chase:" + phone), List.of(lly03)));

            assertThat(SmsInbox.await(phone, 1)).hasSize(1);
            Thread.sleep(500);
            assertThat(SmsInbox.to(phone)).hasSize(1);
            assertThat(SmsInbox.to(phone).get(0).getBodyAsString()).contains("\"TemplateId\":\"100002\"", "短信测试");
        } finally {
            jdbc.update("UPDATE app_account SET phone = NULL WHERE id = ?", lly03);
            jdbc.update("DELETE FROM notification_preference WHERE account_id = ?", lly03);
        }
    }

    @Test
    void theDefaultIsNoSms() throws Exception {
        String phone = newPhone();
        long lly02 = accountId("lly02");
        jdbc.update("UPDATE app_account SET phone = ? WHERE id = ?", phone, lly02);
        try {
            transaction.executeWithoutResult(s -> notifications.send(
                    new Notice("PROPOSAL", "默认不发短信", "正文", null, "sms-default:" + phone), List.of(lly02)));
            Thread.sleep(500);
            assertThat(SmsInbox.to(phone)).isEmpty();
        } finally {
            jdbc.update("UPDATE app_account SET phone = NULL WHERE id = ?", lly02);
        }
    }

    @Test
    void twoSendersRacingForOneSmsSendItOnce() throws Exception {
        String phone = newPhone();
        jdbc.update(
                "INSERT INTO notification_sms (source_key, phone, template, template_id, params, status, created_at) "
                        + "VALUES (?, ?, 'MATTER', '100001', ?, 'PENDING', ?)",
                "race:" + phone,
                phone,
                "ABC123" + SmsOutbox.SEPARATOR + "已受理",
                LocalDateTime.now());
        long id = jdbc.queryForObject(
                "SELECT id FROM notification_sms WHERE source_key = ?", Long.class, "race:" + phone);

        List<Boolean> sent = race(() -> outbox.sendOne(id));

        assertThat(sent).containsExactlyInAnyOrder(true, false);
        assertThat(SmsInbox.await(phone, 1)).hasSize(1);
        assertThat(SmsInbox.to(phone).get(0).getBodyAsString()).contains("[\"ABC123\",\"已受理\"]");
        assertThat(jdbc.queryForObject("SELECT status FROM notification_sms WHERE id = ?", String.class, id))
                .isEqualTo("SENT");
    }

    private static List<Boolean> race(Callable<Boolean> send) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return send.call();
                }));
            }
            start.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> f : futures) {
                results.add(f.get(1, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long accountId(String username) {
        return jdbc.queryForObject("SELECT id FROM app_account WHERE username = ?", Long.class, username);
    }

    private static String newPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
