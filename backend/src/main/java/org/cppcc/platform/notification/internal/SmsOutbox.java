package org.cppcc.platform.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The SMS channel: queues text messages with the notices (one per source key and phone, whoever asks twice) and
 * sends them after the writing transaction commits. Each message is claimed by a compare-and-set (PENDING →
 * SENDING) before it is sent, so that two nodes, or the retry and the after-commit dispatch, never both send it.
 * Without a provider ({@code platform.notification.sms.enabled} false, the default) nothing is queued.
 */
@Component
class SmsOutbox implements DisposableBean {

    /** Between a row's parameters: the unit separator, which no notice text contains. */
    static final String SEPARATOR = "\u001f";

    private static final Logger log = LoggerFactory.getLogger(SmsOutbox.class);
    private static final int MAX_ATTEMPTS = 3;

    private final SmsMapper messages;
    private final ObjectProvider<SmsSender> sender;
    private final SmsSettings settings;
    private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("sms-");
    private final Clock clock;

    SmsOutbox(SmsMapper messages, ObjectProvider<SmsSender> sender, SmsSettings settings, Clock clock) {
        this.messages = messages;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.executor.setConcurrencyLimit(2);
        this.executor.setTaskTerminationTimeout(15_000);
    }

    boolean canSend() {
        return sender.getIfAvailable() != null;
    }

    /** Whether messages of this template (a notice category, or MATTER) can go out at all. */
    boolean canSend(String template) {
        SmsSettings.Template chosen = settings.templates().get(template);
        return canSend()
                && chosen != null
                && chosen.id() != null
                && !chosen.id().isBlank();
    }

    /**
     * Queues one message in the caller's transaction and returns its id; null when SMS is off, the template is not
     * configured, the phone is not a mainland mobile number, or this phone already has a message for this source key.
     */
    Long queue(String sourceKey, String phone, Long accountId, String template, Map<String, String> values) {
        String number = phone == null ? "" : phone.strip();
        if (!canSend(template) || !number.matches("1\\d{10}") || messages.exists(sourceKey, number)) {
            return null;
        }
        SmsSettings.Template chosen = settings.templates().get(template);
        SmsRow row = new SmsRow();
        row.sourceKey = sourceKey;
        row.phone = number;
        row.accountId = accountId;
        row.template = template;
        row.templateId = chosen.id();
        row.params = String.join(
                SEPARATOR,
                chosen.params().stream().map(p -> param(values.get(p))).toList());
        row.status = "PENDING";
        row.createdAt = LocalDateTime.now(clock);
        try {
            messages.insert(row);
        } catch (DuplicateKeyException queuedMeanwhile) {
            return null;
        }
        return row.id;
    }

    /** Template parameters are short at every provider: one line, cut to the configured length. */
    private String param(String value) {
        String line =
                value == null ? "" : value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        int max = Math.max(settings.paramMaxLength(), 2);
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }

    /** After the messages committed (never if they rolled back): send off the writer's thread. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(SmsQueued queued) {
        executor.execute(() -> queued.smsIds().forEach(this::sendOne));
    }

    /** Sends one message if this node wins its claim; true when it was sent here. */
    boolean sendOne(long id) {
        SmsSender provider = sender.getIfAvailable();
        if (provider == null || messages.claim(id, LocalDateTime.now(clock)) != 1) {
            return false;
        }
        SmsRow row = messages.find(id);
        List<String> params = row.params.isEmpty() ? List.of() : Arrays.asList(row.params.split(SEPARATOR, -1));
        try {
            String serial = provider.send(new SmsSender.Message(row.phone, row.templateId, params));
            messages.sent(id, serial, LocalDateTime.now(clock));
            return true;
        } catch (RuntimeException e) {
            log.warn("SMS {} ({}) failed: {}", id, row.template, e.getMessage());
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            messages.failed(
                    id,
                    row.attempts < MAX_ATTEMPTS ? "PENDING" : "FAILED",
                    message.substring(0, Math.min(480, message.length())));
            return false;
        }
    }

    /** A stopping node finishes the messages it has claimed before its database connections close. */
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
        messages.releaseStale(LocalDateTime.now(clock).minus(Duration.ofMinutes(10)));
        messages.pending(50).forEach(this::sendOne);
    }
}
