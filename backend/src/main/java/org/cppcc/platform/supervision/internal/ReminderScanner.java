package org.cppcc.platform.supervision.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.cppcc.platform.proposal.DeadlineItem;
import org.cppcc.platform.proposal.ProposalSupervision;
import org.cppcc.platform.supervision.DeadlineReminders;
import org.cppcc.platform.supervision.events.SupervisionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder scan. It reads the open deadlines from the proposal tables and, for each reminder owed,
 * runs one short transaction: lock the proposal row (a command on the proposal waits, or has committed and
 * closed the item), check the item is still open, insert the reminder row — its unique key (item, kind,
 * level) lets exactly one node or thread through — then publish the reminder event, which the notification
 * module turns into notices after the commit.
 */
@Service
class ReminderScanner implements DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(ReminderScanner.class);

    private final ProposalSupervision proposals;
    private final SupervisionStore store;
    private final ReminderPolicy policy;
    private final ReminderRecipients recipients;
    private final SupervisionEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    ReminderScanner(
            ProposalSupervision proposals,
            SupervisionStore store,
            ReminderPolicy policy,
            ReminderRecipients recipients,
            SupervisionEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.proposals = proposals;
        this.store = store;
        this.policy = policy;
        this.recipients = recipients;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction.setTimeout(30);
        this.clock = clock;
    }

    String node() {
        return node;
    }

    /**
     * The demo clock moved back to {@code now}: reminders recorded after it were sent in a future that has not
     * come, so they are forgotten and the scan owes them again when their time comes. Only the demo clock
     * calls this (a single node, see DemoClockController); a node's clock a little behind another's must never
     * undo the other's sends.
     */
    @Override
    public int forgetSentAfter(LocalDateTime now) {
        Integer forgotten = transaction.execute(status -> store.deleteRemindersAfter(now));
        if (forgotten != null && forgotten > 0) {
            log.info("Clock moved back to {}: {} reminders recorded after it forgotten", now, forgotten);
        }
        return forgotten == null ? 0 : forgotten;
    }

    @Override
    public int scan() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (DeadlineItem item : proposals.openDeadlines()) {
            for (ReminderPolicy.Due due : policy.due(item, today)) {
                if (store.reminderExists(item.key(), due.kind(), due.level())) {
                    continue;
                }
                // Once an item has been warned as overdue, a "due soon" reminder would contradict it.
                if (ReminderPolicy.DUE_SOON.equals(due.kind()) && store.overdueSent(item.key())) {
                    continue;
                }
                try {
                    if (Boolean.TRUE.equals(transaction.execute(status -> sendOnce(item, due, today)))) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    log.warn(
                            "Reminder {} {} {} not sent this time: {}",
                            item.key(),
                            due.kind(),
                            due.level(),
                            e.toString());
                }
            }
        }
        if (sent > 0) {
            log.info("Reminder scan on {}: {} reminders sent", node, sent);
        }
        return sent;
    }

    /** One reminder in one transaction; false when the item closed meanwhile or another scan sent it. */
    private boolean sendOnce(DeadlineItem item, ReminderPolicy.Due due, LocalDate today) {
        // The lock comes first: on MariaDB the transaction's snapshot is taken by the first plain read after it.
        if (!proposals.lockIfStillOpen(item)) {
            return false;
        }
        ReminderRow reminder = new ReminderRow();
        reminder.itemKey = item.key();
        reminder.kind = due.kind();
        reminder.level = due.level();
        reminder.deadlineKind = item.kind().name();
        reminder.proposalId = item.proposalId();
        reminder.assignmentId = item.assignmentId();
        reminder.unitId = item.unitId();
        reminder.dueDate = item.dueDate();
        reminder.sentByNode = node;
        reminder.sentAt = LocalDateTime.now(clock);
        ReminderRecipients.Recipients to = recipients.of(item, due);
        reminder.audience = to.audience();
        try {
            store.insertReminder(reminder);
        } catch (DuplicateKeyException sentElsewhere) {
            return false;
        }
        // The notices themselves are written by the notification module's listener of the event below.
        store.setReminderRecipients(reminder.id, to.accounts().size());
        events.publish(
                item.proposalId(),
                null,
                null,
                f -> new SupervisionEvent.DeadlineReminder(
                        f,
                        item.key(),
                        item.kind(),
                        !ReminderPolicy.DUE_SOON.equals(due.kind()),
                        due.level(),
                        item.dueDate(),
                        policy.workingDaysLeft(item.dueDate(), today),
                        item.assignmentId(),
                        item.unitId(),
                        item.unitName(),
                        to.audience(),
                        to.accounts()));
        return true;
    }
}
