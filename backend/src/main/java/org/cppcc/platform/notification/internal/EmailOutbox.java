package org.cppcc.platform.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the e-mail copies of notices. Each message is claimed with a compare-and-set (PENDING → SENDING)
 * before it is sent, so that two nodes, or the retry and the after-commit dispatch, never both send it.
 * Without a mail server ({@code spring.mail.host} unset) e-mail is off and notices stay in the centre.
 */
@Component
class EmailOutbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);
    private static final int MAX_ATTEMPTS = 3;

    private final NotificationMapper notifications;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("mail-");
    private final Clock clock;
    private final String from;
    private final String siteUrl;

    EmailOutbox(
            NotificationMapper notifications,
            ObjectProvider<JavaMailSender> mailSender,
            Clock clock,
            @Value("${platform.notification.mail-from:noreply@cppcc-platform.local}") String from,
            @Value("${platform.notification.site-url:http://localhost:8080}") String siteUrl) {
        this.notifications = notifications;
        this.mailSender = mailSender;
        this.executor.setConcurrencyLimit(2);
        this.executor.setTaskTerminationTimeout(15_000);
        this.clock = clock;
        this.from = from;
        this.siteUrl = siteUrl;
    }

    boolean canSend() {
        return mailSender.getIfAvailable() != null;
    }

    /** After the notices committed (never if they rolled back): send off the writer's thread. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticesWritten written) {
        executor.execute(() -> written.notificationIds().forEach(this::sendOne));
    }

    /** Sends one e-mail if this node wins its claim; true when it was sent here. */
    boolean sendOne(long id) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || notifications.claimEmail(id, LocalDateTime.now(clock)) != 1) {
            return false;
        }
        NotificationRow row = notifications.find(id);
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(row.emailTo);
            message.setSubject("【政协提案平台】" + row.title);
            message.setText(
                    row.body + (row.link == null ? "" : "\n\n查看详情：" + siteUrl + row.link) + "\n\n（本邮件由系统自动发送，请勿直接回复）");
            sender.send(message);
            notifications.emailSent(id, LocalDateTime.now(clock));
            return true;
        } catch (MailException | IllegalStateException e) {
            log.warn("E-mail of notification {} to {} failed: {}", id, row.emailTo, e.getMessage());
            notifications.emailFailed(id, row.emailAttempts < MAX_ATTEMPTS ? "PENDING" : "FAILED", error(e));
            return false;
        }
    }

    /**
     * The daily digest: one e-mail per account with every notice it chose to receive that way and that has not
     * been mailed yet. Each account's notices are claimed in one conditional update tagged with a fresh digest
     * id, so that two nodes running the job at the same time never both mail them.
     */
    @Scheduled(cron = "${platform.notification.digest-cron:0 0 18 * * *}")
    void sendDigests() {
        if (!canSend()) {
            return;
        }
        notifications.releaseStale(LocalDateTime.now(clock).minus(Duration.ofMinutes(10)));
        int sent = 0;
        for (long accountId : notifications.digestAccounts()) {
            if (sendDigest(accountId)) {
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Daily digest: {} e-mails sent", sent);
        }
    }

    /** One account's digest, if this node wins the claim; true when it was sent here. */
    boolean sendDigest(long accountId) {
        JavaMailSender sender = mailSender.getIfAvailable();
        String digestId = UUID.randomUUID().toString();
        if (sender == null || notifications.claimDigest(accountId, digestId, LocalDateTime.now(clock)) == 0) {
            return false;
        }
        List<NotificationRow> rows = notifications.digestRows(digestId);
        if (rows.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder("您有").append(rows.size()).append("条新通知：\n");
        int n = 0;
        for (NotificationRow row : rows) {
            text.append("\n")
                    .append(++n)
                    .append(". ")
                    .append(row.title)
                    .append("\n   ")
                    .append(row.body);
            if (row.link != null) {
                text.append("\n   查看详情：").append(siteUrl).append(row.link);
            }
            text.append('\n');
        }
        text.append("\n（本邮件为每日通知汇总，由系统自动发送，请勿直接回复；可在通知中心的“通知设置”中修改接收方式）");
        String to = rows.get(rows.size() - 1).emailTo;
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject("【政协提案平台】每日通知汇总（" + rows.size() + "条）");
            message.setText(text.toString());
            sender.send(message);
            notifications.digestSent(digestId, LocalDateTime.now(clock));
            return true;
        } catch (MailException | IllegalStateException e) {
            log.warn("Digest e-mail to {} failed: {}", to, e.getMessage());
            notifications.digestFailed(digestId, error(e));
            return false;
        }
    }

    private static String error(RuntimeException e) {
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().substring(0, Math.min(480, e.getMessage().length()));
    }

    /** A stopping node finishes the e-mails it has claimed before its database connections close. */
    @Override
    public void destroy() {
        executor.close();
    }

    /** Retries what failed or was left behind by a stopped node. */
    @Scheduled(
            fixedDelayString = "${platform.notification.retry-interval:PT1M}",
            initialDelayString = "${platform.notification.retry-interval:PT1M}")
    void retryPending() {
        if (!canSend()) {
            return;
        }
        notifications.releaseStale(LocalDateTime.now(clock).minus(Duration.ofMinutes(10)));
        notifications.pendingEmails(50).forEach(this::sendOne);
    }
}
