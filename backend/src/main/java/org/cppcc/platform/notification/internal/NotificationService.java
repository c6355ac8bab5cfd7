package org.cppcc.platform.notification.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.cppcc.platform.account.AccountContact;
import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.notification.Notice;
import org.cppcc.platform.notification.Notifications;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Writes notices into the centre and hands their e-mails to the outbox once the transaction commits. */
@Service
class NotificationService implements Notifications {

    private final NotificationMapper notifications;
    private final AccountService accounts;
    private final EmailOutbox outbox;
    private final Clock clock;

    NotificationService(NotificationMapper notifications, AccountService accounts, EmailOutbox outbox, Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int send(Notice notice, Collection<Long> accountIds) {
        List<Long> emails = new ArrayList<>();
        int written = 0;
        for (Long accountId : new LinkedHashSet<>(accountIds)) {
            AccountContact contact = accounts.contact(accountId).orElse(null);
            if (contact == null || !contact.enabled()) {
                continue;
            }
            if (notice.sourceKey() != null && notifications.exists(accountId, notice.sourceKey())) {
                continue;
            }
            NotificationRow row = new NotificationRow();
            row.accountId = accountId;
            row.category = notice.category();
            row.title = cut(notice.title(), 200);
            row.body = cut(notice.body(), 2000);
            row.link = notice.link();
            row.sourceKey = notice.sourceKey();
            row.createdAt = LocalDateTime.now(clock);
            boolean hasAddress = contact.email() != null && !contact.email().isBlank();
            row.emailTo = hasAddress ? contact.email().strip() : null;
            row.emailStatus = !hasAddress ? "NO_ADDRESS" : outbox.canSend() ? "PENDING" : "NO_MAIL_SERVER";
            try {
                notifications.insert(row);
            } catch (DuplicateKeyException alreadySent) {
                continue;
            }
            written++;
            if ("PENDING".equals(row.emailStatus)) {
                emails.add(row.id);
            }
        }
        if (!emails.isEmpty()) {
            afterCommit(() -> outbox.dispatchLater(emails));
        }
        return written;
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

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
