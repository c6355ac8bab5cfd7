package org.cppcc.platform.duty.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of duty_diary. */
class DiaryRow {
    public Long id;
    public long memberId;
    public LocalDate entryDate;
    public String content;
    public LocalDateTime createdAt;
}
