package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.UnitRole;

/** A row of proposal_assignment, with its unit's name. */
public class AssignmentRow {
    public Long id;
    public long proposalId;
    public long unitId;
    public String unitName;
    public UnitRole unitRole;
    public AssignmentStatus status;
    public int handlingRound;
    public LocalDate signDueDate;
    public String returnReason;
    public Long signedBy;
    public LocalDateTime signedAt;
    public Long replacedById;
    public LocalDate contactDueDate;
    public LocalDate replyDueDate;
    public int extendedMonths;
    /** 承办人: the unit's officer account handling it now; null until the unit names one. */
    public Long officerAccountId;

    public LocalDateTime createdAt;
    public LocalDateTime updatedAt;
}
