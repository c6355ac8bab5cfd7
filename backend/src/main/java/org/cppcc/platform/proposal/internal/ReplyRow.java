package org.cppcc.platform.proposal.internal;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.cppcc.platform.proposal.ReplyClass;
import org.cppcc.platform.proposal.ReplyStatus;

/** A row of proposal_reply: one reply letter of one replying unit in one round. */
public class ReplyRow {
    public Long id;
    public long proposalId;
    public long assignmentId;
    public int handlingRound;
    public String referenceNumber;
    public String title;
    public ReplyClass replyClass;
    public String body;
    public String signingLeader;
    public String officer;
    public String officerPhone;
    public ReplyStatus status;
    public int version;
    public String returnComment;
    public ReplyClass finalClass;
    public LocalDateTime createdAt;
    public LocalDateTime updatedAt;
    public LocalDateTime sentAt;

    /** The class the proposers see: the office's, when it changed the unit's. */
    @JsonProperty
    public ReplyClass effectiveClass() {
        return finalClass != null ? finalClass : replyClass;
    }
}
