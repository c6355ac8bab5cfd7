package org.cppcc.platform.supervision.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A key proposal: shortlisted, approved by the chair's meeting with its supervising leader, concluded. */
public class KeyProposalRow {
    public long proposalId;
    public String status;
    public String shortlistReason;
    public Long shortlistedBy;
    public LocalDateTime shortlistedAt;
    public String meetingName;
    public LocalDate approvedOn;
    public Long approvedBy;
    public LocalDateTime approvedAt;
    public Long leadLeaderId;
    public String leadLeaderName;
    public LocalDate replyDueDate;
    public LocalDateTime concludedAt;
    public String conclusion;
}
