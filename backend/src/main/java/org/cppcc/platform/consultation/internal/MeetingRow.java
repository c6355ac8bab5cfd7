package org.cppcc.platform.consultation.internal;

import java.time.LocalDateTime;

/** A row of consultation_meeting. */
public class MeetingRow {

    public enum Status {
        SCHEDULED,
        HELD
    }

    public Long id;
    public long matterId;
    public int roundNo;
    public String topic;
    public LocalDateTime scheduledAt;
    public boolean online;
    public String place;
    public Status status;
    public String minutes;
    public LocalDateTime heldAt;
    public long convenedBy;
    public Long recordedBy;
    public LocalDateTime createdAt;
}
