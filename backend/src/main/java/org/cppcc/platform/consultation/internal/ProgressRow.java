package org.cppcc.platform.consultation.internal;

import java.time.LocalDateTime;

/** A row of consultation_progress, with the reporter's name. */
public class ProgressRow {
    public Long id;
    public long actionId;
    public int percent;
    public String note;
    public long reportedBy;
    public String reporterName;
    public LocalDateTime reportedAt;
}
