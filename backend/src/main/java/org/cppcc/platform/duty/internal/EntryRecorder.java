package org.cppcc.platform.duty.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.cppcc.platform.duty.EntryKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Writes entries that come from elsewhere (an event, the backfill, a sign-in) once per member and source key: an
 * event delivered twice, or the backfill running over what an event already recorded, changes nothing.
 */
@Component
class EntryRecorder {

    static final String SYSTEM = "系统";

    private final DutyStore store;
    private final Clock clock;

    EntryRecorder(DutyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records the entry unless one with this source key exists; true when it was new. */
    boolean record(
            long memberId,
            EntryKind kind,
            LocalDate on,
            String title,
            String sourceKey,
            boolean counted,
            String origin) {
        if (store.entryBySource(memberId, sourceKey) != null) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        EntryRow row = new EntryRow();
        row.memberId = memberId;
        row.dutyYear = on.getYear();
        row.kind = kind.name();
        row.occurredOn = on;
        row.title = truncate(title, 200);
        row.sourceKey = sourceKey;
        row.counted = counted;
        row.origin = origin;
        row.createdAt = now;
        row.updatedAt = now;
        try {
            store.insertEntry(row);
        } catch (DuplicateKeyException raced) {
            // The backfill and a listener recorded the same fact at once: the other one's row stands.
            return false;
        }
        store.insertEntryHistory(
                row.id, "CREATED", kind.label() + "：" + row.title + (counted ? "" : "（待举行）"), null, null, SYSTEM, now);
        return true;
    }

    /** A meeting recorded as scheduled was held: its pending entries now count. */
    void markHeld(String sourceKey, LocalDate heldOn) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (EntryRow row : store.entriesBySource(sourceKey)) {
            if (row.counted) {
                continue;
            }
            row.counted = true;
            row.occurredOn = heldOn;
            row.dutyYear = heldOn.getYear();
            row.updatedAt = now;
            store.updateEntry(row);
            store.insertEntryHistory(row.id, "HELD", "会议已召开，计入履职", null, null, SYSTEM, now);
        }
    }

    static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
