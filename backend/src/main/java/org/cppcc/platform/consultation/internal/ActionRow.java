package org.cppcc.platform.consultation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of consultation_action, with its unit's name. */
public class ActionRow {

    public enum Status {
        OPEN,
        DONE
    }

    public Long id;
    public long decisionId;
    public long matterId;
    public int seq;
    public String content;
    public long unitId;
    public String unitName;
    public int workingDays;
    public LocalDate dueDate;
    public int progressPercent;
    public Status status;
    public LocalDateTime doneAt;
    public LocalDateTime createdAt;
    public LocalDateTime updatedAt;
}
