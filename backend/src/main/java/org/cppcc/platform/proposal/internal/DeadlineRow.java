package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.cppcc.platform.proposal.DeadlineKind;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.UnitRole;

/** A row of the open-deadline query; evaluation rows carry when the last reply was sent instead of a due date. */
public class DeadlineRow {
    public DeadlineKind kind;
    public long proposalId;
    public Integer proposalNumber;
    public String title;
    public ProposalState state;
    public boolean keyProposal;
    public Long assignmentId;
    public Long unitId;
    public String unitName;
    public UnitRole unitRole;
    public LocalDate dueDate;
    public LocalDateTime repliedAt;
}
