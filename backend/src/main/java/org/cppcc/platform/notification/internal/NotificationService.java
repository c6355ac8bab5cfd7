package org.cppcc.platform.notification.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cppcc.platform.account.AccountContact;
import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.notification.Notice;
import org.cppcc.platform.notification.Notifications;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notices into the centre, each recipient's channels as they chose them, and hands the e-mails to the
 * outbox once the transaction commits. A notice goes in at most once per (source key, account): the listeners
 * make the key from the event, so an event delivered twice (a resubmitted publication) writes nothing more.
 */
@Service
class NotificationService implements Notifications {

    private final NotificationMapper notifications;
    private final AccountService accounts;
    private final EmailOutbox outbox;
    private final SmsOutbox sms;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(
            NotificationMapper notifications,
            AccountService accounts,
            EmailOutbox outbox,
            SmsOutbox sms,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.outbox = outbox;
        this.sms = sms;
        this.events = events;
        this.clock = clock;
    }

    /** The listeners' delivery: whoever acted is not told of their own act. */
    int sendToOthersThan(Long actorAccountId, Notice notice, Collection<Long> accountIds) {
        Set<Long> others = new LinkedHashSet<>(accountIds);
        if (actorAccountId != null) {
            others.remove(actorAccountId);
        }
        return send(notice, others);
    }

    @Override
    @Transactional
    public int send(Notice notice, Collection<Long> accountIds) {
        NoticeCategory category = NoticeCategory.of(notice.category())
                .orElseThrow(() -> new IllegalArgumentException("unknown notice category " + notice.category()));
        Objects.requireNonNull(notice.sourceKey(), "a notice needs a source key to be delivered once");
        Set<Long> ids =
                accountIds.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, AccountContact> contacts =
                accounts.contacts(ids).stream().collect(Collectors.toMap(AccountContact::id, Function.identity()));
        Map<Long, Preference> chosen = notifications.preferences(ids, category.name()).stream()
                .collect(Collectors.toMap(p -> p.accountId, PreferenceRow::toPreference));
        List<Long> emails = new ArrayList<>();
        List<Long> texts = new ArrayList<>();
        int written = 0;
        for (Long accountId : ids) {
            AccountContact contact = contacts.get(accountId);
            Preference preference = chosen.getOrDefault(accountId, Preference.standard(category));
            if (contact == null || !contact.enabled() || !preference.anyChannel()) {
                continue;
            }
            if (notifications.exists(accountId, notice.sourceKey())) {
                continue;
            }
            NotificationRow row = row(notice, contact, preference);
            try {
                notifications.insert(row);
            } catch (DuplicateKeyException deliveredMeanwhile) {
                continue;
            }
            written++;
            if ("PENDING".equals(row.emailStatus)) {
                emails.add(row.id);
            }
            if (preference.sms()) {
                Long text = sms.queue(notice.sourceKey(), contact.phone(), accountId, category.name(), values(notice));
                if (text != null) {
                    texts.add(text);
                }
            }
        }
        if (!emails.isEmpty()) {
            events.publishEvent(new NoticesWritten(emails));
        }
        if (!texts.isEmpty()) {
            events.publishEvent(new SmsQueued(texts));
        }
        return written;
    }

    /**
     * Texts a resident who raised a matter and agreed to SMS updates on it (template MATTER). Once per source key
     * and phone: the same step told to the same phone as an account's notice is not texted again.
     */
    @Transactional
    boolean text(String sourceKey, String phone, String template, Map<String, String> values) {
        Long id = sms.queue(sourceKey, phone, null, template, values);
        if (id == null) {
            return false;
        }
        events.publishEvent(new SmsQueued(List.of(id)));
        return true;
    }

    private static Map<String, String> values(Notice notice) {
        Map<String, String> values = new HashMap<>();
        values.put("title", notice.title());
        values.put("body", notice.body());
        values.put("link", notice.link());
        return values;
    }

    private NotificationRow row(Notice notice, AccountContact contact, Preference preference) {
        NotificationRow row = new NotificationRow();
        row.accountId = contact.id();
        row.category = preference.category().name();
        row.title = cut(notice.title(), 200);
        row.body = cut(notice.body(), 2000);
        row.link = notice.link();
        row.sourceKey = notice.sourceKey();
        row.createdAt = LocalDateTime.now(clock);
        row.shown = preference.inApp();
        boolean hasAddress = contact.email() != null && !contact.email().isBlank();
        row.emailTo = hasAddress ? contact.email().strip() : null;
        row.emailStatus = emailStatus(preference.email(), hasAddress);
        return row;
    }

    private String emailStatus(EmailChoice choice, boolean hasAddress) {
        if (choice == EmailChoice.OFF) {
            return "OFF";
        }
        if (!hasAddress) {
            return "NO_ADDRESS";
        }
        if (!outbox.canSend()) {
            return "NO_MAIL_SERVER";
        }
        return choice == EmailChoice.DIGEST ? "DIGEST" : "PENDING";
    }

    PageResult<NotificationView> inbox(long accountId, boolean unreadOnly, PageQuery page) {
        long total = notifications.count(accountId, unreadOnly);
        return page.result(notifications.page(accountId, unreadOnly, page.offset(), page.sizeOrDefault()), total);
    }

    long unread(long accountId) {
        return notifications.count(accountId, true);
    }

    @Transactional
    void markRead(long accountId, long id) {
        if (!notifications.owns(id, accountId)) {
            throw ApiException.notFound("通知");
        }
        notifications.markRead(id, accountId, LocalDateTime.now(clock));
    }

    @Transactional
    int markAllRead(long accountId) {
        return notifications.markAllRead(accountId, LocalDateTime.now(clock));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
