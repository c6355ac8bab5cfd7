package org.cppcc.platform.duty.internal;

import java.time.LocalDateTime;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.shared.error.ApiException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The office adds or corrects entries; each change is kept with who, when and why. */
@Component
class EntryCommands {

    static final String OFFICE = "OFFICE";

    private final DutyStore store;
    private final DutyAccess access;
    private final OrganisationDirectory directory;

    EntryCommands(DutyStore store, DutyAccess access, OrganisationDirectory directory) {
        this.store = store;
        this.access = access;
        this.directory = directory;
    }

    @Transactional
    long add(PlatformUser actor, long memberId, DutyForms.NewEntry form) {
        if (directory.member(memberId).isEmpty()) {
            throw ApiException.notFound("委员");
        }
        if (form.occurredOn().isAfter(access.today())) {
            throw ApiException.invalid("occurredOn", "日期不能晚于今天");
        }
        LocalDateTime now = access.now();
        EntryRow row = new EntryRow();
        row.memberId = memberId;
        row.dutyYear = form.occurredOn().getYear();
        row.kind = form.kind().name();
        row.occurredOn = form.occurredOn();
        row.title = form.title().strip();
        row.counted = true;
        row.pointsOverride = form.points();
        row.origin = OFFICE;
        row.note = form.reason().strip();
        row.createdAt = now;
        row.updatedAt = now;
        store.insertEntry(row);
        store.insertEntryHistory(
                row.id,
                "ADDED",
                form.kind().label() + "：" + row.title + (form.points() == null ? "" : "，" + form.points() + "分"),
                row.note,
                actor.id(),
                actor.displayName(),
                now);
        return row.id;
    }

    @Transactional
    void correct(PlatformUser actor, long entryId, DutyForms.Correction form) {
        EntryRow row = store.entry(entryId);
        if (row == null) {
            throw ApiException.notFound("履职记录");
        }
        String before = (row.voided ? "已作废" : "有效") + "，分值" + (row.pointsOverride == null ? "按规则" : row.pointsOverride);
        row.pointsOverride = form.points();
        row.voided = form.voided();
        row.note = form.reason().strip();
        row.updatedAt = access.now();
        store.updateEntry(row);
        String after = (row.voided ? "已作废" : "有效") + "，分值" + (row.pointsOverride == null ? "按规则" : row.pointsOverride);
        store.insertEntryHistory(
                row.id,
                form.voided() ? "VOIDED" : "CORRECTED",
                before + " → " + after,
                row.note,
                actor.id(),
                actor.displayName(),
                row.updatedAt);
    }
}
