package org.cppcc.platform.duty.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of duty_entry. */
class EntryRow {
    public Long id;
    public long memberId;
    public int dutyYear;
    public String kind;
    public LocalDate occurredOn;
    public String title;
    public String sourceKey;
    public boolean counted;
    public boolean voided;
    public Integer pointsOverride;
    public String origin;
    public String note;
    public LocalDateTime createdAt;
    public LocalDateTime updatedAt;
}
