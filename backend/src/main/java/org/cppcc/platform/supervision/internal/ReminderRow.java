package org.cppcc.platform.supervision.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A reminder or overdue warning sent for one deadline at one level (sent once, whichever node sends it). */
public class ReminderRow {
    public Long id;
    public String itemKey;
    public String kind;
    public int level;
    public String deadlineKind;
    public long proposalId;
    public Long assignmentId;
    public Long unitId;
    public LocalDate dueDate;
    public int recipients;
    public String sentByNode;
    /** Who really received it, as its notice says. */
    public String audience;

    public LocalDateTime sentAt;
}
