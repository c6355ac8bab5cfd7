package org.cppcc.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.cppcc.platform.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The notification centre: one's own notices only, unread counts, marking read; a notice is e-mailed over
 * SMTP to an account with an address, after its transaction commits, and not at all when it rolls back.
 */
class NotificationCentreTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void centreShowsOnlyOnesOwnNoticesAndCountsTheUnread() {
        long lly02 = accountId("lly02");
        long lly03 = accountId("lly03");
        String tag = "通知测试" + System.nanoTime();
        ApiClient mine = loginAs("lly02");
        long unreadBefore = mine.get("/api/notifications/unread-count")
                .expectStatus(200)
                .json()
                .get("count")
                .asLong();

        transaction.executeWithoutResult(s -> {
            notifications.send(
                    new Notice("CHASE", tag + "甲", "正文<b>不是HTML</b>", "/supervision", tag + ":a"), List.of(lly02));
            notifications.send(new Notice("CHASE", tag + "乙", "正文", null, tag + ":b"), List.of(lly02, lly03));
            notifications.send(new Notice("CHASE", tag + "乙", "重复", null, tag + ":b"), List.of(lly02));
        });

        assertThat(mine.get("/api/notifications/unread-count")
                        .json()
                        .get("count")
                        .asLong())
                .isEqualTo(unreadBefore + 2);
        JsonNode page = mine.get("/api/notifications?size=5").expectStatus(200).json();
        assertThat(page.get("items").get(0).get("title").asString()).isEqualTo(tag + "乙");
        assertThat(page.get("items").get(1).get("body").asString()).isEqualTo("正文<b>不是HTML</b>");
        long first = page.get("items").get(1).get("id").asLong();
        long othersId = jdbc.queryForObject(
                "SELECT id FROM notification WHERE account_id = ? AND source_key = ?", Long.class, lly03, tag + ":b");

        mine.post("/api/notifications/" + othersId + "/read", null).expectStatus(404);
        mine.post("/api/notifications/" + first + "/read", null).expectStatus(204);
        mine.post("/api/notifications/" + first + "/read", null).expectStatus(204);
        assertThat(mine.get("/api/notifications/unread-count")
                        .json()
                        .get("count")
                        .asLong())
                .isEqualTo(unreadBefore + 1);
        assertThat(mine.get("/api/notifications?unreadOnly=true&size=100")
                        .json()
                        .get("items")
                        .valueStream()
                        .map(n -> n.get("id").asLong()))
                .doesNotContain(first);
        mine.post("/api/notifications/read-all", null).expectStatus(200);
        assertThat(mine.get("/api/notifications/unread-count")
                        .json()
                        .get("count")
                        .asLong())
                .isZero();
        assertThat(loginAs("lly03")
                        .get("/api/notifications/unread-count")
                        .json()
                        .get("count")
                        .asLong())
                .isPositive();
        anonymous().get("/api/notifications").expectStatus(401);
    }

    @Test
    void aNoticeIsEmailedOnceAfterCommitAndNeverForARollback() throws Exception {
        String address = "liaison-" + System.nanoTime() + "@jiangwan.test";
        jdbc.update("UPDATE app_account SET email = ? WHERE username = 'lly01'", address);
        long lly01 = accountId("lly01");
        long resident = accountId("jm01");
        String tag = "邮件测试" + System.nanoTime();
        try {
            transaction.executeWithoutResult(s -> {
                notifications.send(new Notice("CHASE", tag + "回滚", "不应发出", null, tag + ":rollback"), List.of(lly01));
                s.setRollbackOnly();
            });
            transaction.executeWithoutResult(s -> notifications.send(
                    new Notice("CHASE", tag + "提交", "请查看督办事项", "/supervision", tag + ":commit"),
                    List.of(lly01, resident)));

            GreenMail mail = TestMailServer.get();
            long deadline = System.currentTimeMillis() + 15_000;
            while (messagesTo(mail, address).isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(500);
            List<MimeMessage> received = messagesTo(mail, address);
            assertThat(received).hasSize(1);
            assertThat(received.get(0).getSubject()).contains(tag + "提交");
            assertThat(String.valueOf(received.get(0).getContent())).contains("请查看督办事项", "/supervision");
            assertThat(jdbc.queryForObject(
                            "SELECT email_status FROM notification WHERE account_id = ? AND title = ?",
                            String.class,
                            lly01,
                            tag + "提交"))
                    .isEqualTo("SENT");
            assertThat(jdbc.queryForObject(
                            "SELECT email_status FROM notification WHERE account_id = ? AND title = ?",
                            String.class,
                            resident,
                            tag + "提交"))
                    .as("no address, no e-mail")
                    .isEqualTo("NO_ADDRESS");
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM notification WHERE title = ?", Integer.class, tag + "回滚"))
                    .isZero();
        } finally {
            jdbc.update("UPDATE app_account SET email = NULL WHERE username = 'lly01'");
        }
    }

    private long accountId(String username) {
        return jdbc.queryForObject("SELECT id FROM app_account WHERE username = ?", Long.class, username);
    }

    private static List<MimeMessage> messagesTo(GreenMail mail, String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }
}
