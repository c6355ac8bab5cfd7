package org.cppcc.platform.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.notification.Notice;
import org.cppcc.platform.notification.Notifications;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.proposal.events.ProposalFacts;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.cppcc.platform.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exactly once: an event delivered twice (a publication resubmitted after a crash) writes one notice per
 * recipient and sends one e-mail; two nodes sending the same e-mail, or the same digest, at the same moment send
 * it once. And each person's channels: by e-mail only, in the daily digest, or not by e-mail at all.
 */
class NoticeDeliveryTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Notifications notifications;

    @Autowired
    EmailOutbox outbox;

    @Test
    void anEventDeliveredTwiceWritesOneNoticePerRecipientAndSendsOneMail() throws Exception {
        String address = "twice-" + System.nanoTime() + "@jiangwan.test";
        jdbc.update("UPDATE app_account SET email = ? WHERE username = 'lly01'", address);
        long lly01 = accountId("lly01");
        long lly02 = accountId("lly02");
        long office = accountId("tab01");
        UUID eventId = UUID.randomUUID();
        ProposalFacts facts = new ProposalFacts(
                eventId,
                -1,
                -1,
                88,
                "关于重复投递测试的建议",
                "社会建设",
                ProposalState.ASSIGNMENT,
                ProposalState.UNDER_REVIEW,
                1,
                false,
                lly01,
                List.of(lly01, lly02),
                List.of(),
                office,
                Role.PROPOSAL_OFFICE,
                LocalDateTime.now());
        ProposalEvent.Registered registered = new ProposalEvent.Registered(facts, 88, "同意立案");
        try {
            transaction.executeWithoutResult(s -> publisher.publishEvent(registered));
            awaitEvents();
            transaction.executeWithoutResult(s -> publisher.publishEvent(registered));
            awaitEvents();

            assertThat(jdbc.queryForList(
                            "SELECT account_id FROM notification WHERE source_key = ? ORDER BY account_id",
                            Long.class,
                            "proposal:" + eventId + ":proposers"))
                    .containsExactly(lly01, lly02);
            awaitMails(address, 1);
            Thread.sleep(1000); // a second e-mail would arrive within this too
            assertThat(messagesTo(address)).hasSize(1);
            assertThat(messagesTo(address).get(0).getSubject()).contains("提案已立案", "第88号提案");
        } finally {
            jdbc.update("UPDATE app_account SET email = NULL WHERE username = 'lly01'");
        }
    }

    @Test
    void twoSendersRacingForOneEmailSendItOnce() throws Exception {
        String address = "race-" + System.nanoTime() + "@jiangwan.test";
        long lly02 = accountId("lly02");
        jdbc.update(
                "INSERT INTO notification (account_id, category, title, body, source_key, created_at, email_to, "
                        + "email_status) VALUES (?, 'CHASE', ?, '正文', ?, ?, ?, 'PENDING')",
                lly02,
                "并发发送" + address,
                "race:" + address,
                LocalDateTime.now(),
                address);
        long id =
                jdbc.queryForObject("SELECT id FROM notification WHERE source_key = ?", Long.class, "race:" + address);

        List<Boolean> sent = race(() -> outbox.sendOne(id));

        assertThat(sent).containsExactlyInAnyOrder(true, false);
        awaitMails(address, 1);
        Thread.sleep(500);
        assertThat(messagesTo(address)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT email_status FROM notification WHERE id = ?", String.class, id))
                .isEqualTo("SENT");
    }

    @Test
    void preferencesChooseTheChannelsAndTheDigestGoesOutOnceWithEveryWaitingNotice() throws Exception {
        String address = "digest-" + System.nanoTime() + "@jiangwan.test";
        jdbc.update("UPDATE app_account SET email = ? WHERE username = 'lly03'", address);
        long lly03 = accountId("lly03");
        ApiClient me = loginAs("lly03");
        String tag = "汇总测试" + System.nanoTime();
        try {
            assertThat(me.get("/api/notifications/preferences")
                            .expectStatus(200)
                            .json()
                            .get("items"))
                    .hasSize(NoticeCategory.values().length)
                    .allMatch(i -> i.get("inApp").asBoolean()
                            && "EACH".equals(i.get("email").asString()));
            ApiClient.Response bad = me.put(
                    "/api/notifications/preferences",
                    Map.of("items", List.of(Map.of("category", "CHASE", "inApp", true, "email", "WEEKLY"))));
            bad.expectStatus(400);
            assertThat(bad.fields()).containsExactly("items[0].email");
            me.put(
                            "/api/notifications/preferences",
                            Map.of("items", List.of(Map.of("category", "NOPE", "inApp", true, "email", "OFF"))))
                    .expectStatus(400);
            me.put(
                            "/api/notifications/preferences",
                            Map.of(
                                    "items",
                                    List.of(
                                            Map.of("category", "CHASE", "inApp", false, "email", "DIGEST"),
                                            Map.of("category", "INSTRUCTION", "inApp", true, "email", "OFF"),
                                            Map.of("category", "KEY_PROPOSAL", "inApp", false, "email", "OFF"))))
                    .expectStatus(200);
            long unreadBefore = me.get("/api/notifications/unread-count")
                    .json()
                    .get("count")
                    .asLong();

            transaction.executeWithoutResult(s -> {
                notifications.send(new Notice("CHASE", tag + "甲", "催办一", "/supervision", tag + ":1"), List.of(lly03));
                notifications.send(new Notice("CHASE", tag + "乙", "催办二", null, tag + ":2"), List.of(lly03));
                notifications.send(new Notice("INSTRUCTION", tag + "丙", "批示", null, tag + ":3"), List.of(lly03));
                notifications.send(new Notice("KEY_PROPOSAL", tag + "丁", "无渠道", null, tag + ":4"), List.of(lly03));
            });

            assertThat(statusOf(tag + ":1")).isEqualTo("DIGEST");
            assertThat(statusOf(tag + ":3")).isEqualTo("OFF");
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM notification WHERE source_key = ?", Integer.class, tag + ":4"))
                    .as("no channel chosen, nothing written")
                    .isZero();
            assertThat(me.get("/api/notifications/unread-count")
                            .json()
                            .get("count")
                            .asLong())
                    .as("only the instruction shows in the centre")
                    .isEqualTo(unreadBefore + 1);

            List<Boolean> sent = race(() -> outbox.sendDigest(lly03));

            assertThat(sent).containsExactlyInAnyOrder(true, false);
            awaitMails(address, 1);
            Thread.sleep(500);
            List<MimeMessage> mails = messagesTo(address);
            assertThat(mails).hasSize(1);
            assertThat(mails.get(0).getSubject()).contains("每日通知汇总", "2条");
            assertThat(String.valueOf(mails.get(0).getContent()))
                    .contains(tag + "甲", tag + "乙", "催办一", "/supervision")
                    .doesNotContain(tag + "丙");
            assertThat(statusOf(tag + ":2")).isEqualTo("SENT");
            assertThat(outbox.sendDigest(lly03))
                    .as("nothing left for a second digest")
                    .isFalse();
        } finally {
            jdbc.update("UPDATE app_account SET email = NULL WHERE username = 'lly03'");
            jdbc.update("DELETE FROM notification_preference WHERE account_id = ?", lly03);
        }
    }

    private String statusOf(String sourceKey) {
        return jdbc.queryForObject(
                "SELECT email_status FROM notification WHERE source_key = ?", String.class, sourceKey);
    }

    /** Two threads, released together, as two nodes would. */
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

    private static void awaitMails(String address, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (messagesTo(address).size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    private static List<MimeMessage> messagesTo(String address) throws Exception {
        GreenMail mail = TestMailServer.get();
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }
}
