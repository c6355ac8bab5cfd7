package org.cppcc.platform.consultation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.cppcc.platform.consultation.Channel;
import org.cppcc.platform.consultation.Conclusion;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.consultation.TriageOutcome;

/** A row of the consultation_matter table. */
public class MatterRow {
    public Long id;
    public String trackingCode;
    public long workstationId;
    public String title;
    public String description;
    public String place;
    public String contactPhone;
    public Channel channel;
    public Long raiserAccountId;
    public Long loggedBy;
    public MatterState state;
    public int roundNo;
    public TriageOutcome triageOutcome;
    public String triageComment;
    public Long triagedBy;
    public LocalDateTime triagedAt;
    public Long mergedIntoId;
    public Long proposalId;
    public Long proposalMemberId;
    public LocalDate evaluationClosesOn;
    public Conclusion conclusion;
    public String conclusionComment;
    public boolean closedAgainstRatings;
    public String processInstanceId;
    public LocalDateTime raisedAt;
    public LocalDateTime closedAt;
    /** When the resident agreed to SMS updates on this matter; null if they did not. */
    public LocalDateTime smsConsentAt;

    public LocalDateTime updatedAt;
}
