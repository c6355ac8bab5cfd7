package org.cppcc.platform.proposal.internal;

import java.time.LocalDateTime;

import org.cppcc.platform.proposal.BodyKind;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ProposerType;

/** A row of the proposal table. */
public class ProposalRow {
    public Long id;
    public long sessionId;
    public Integer proposalNumber;
    public boolean plenary;
    public String category;
    public String title;
    public String situation;
    public String analysis;
    public String suggestions;
    public ProposerType proposerType;
    public long ownerAccountId;
    public Long leadMemberId;
    public BodyKind bodyKind;
    public String bodyName;
    public String contactPerson;
    public String contactPhone;
    public Long sectorId;
    public boolean consentPublish;
    public String noPublishReason;
    public ProposalState state;
    public String processInstanceId;
    public Long mergedIntoId;
    public String convertedTo;
    public String refusalReason;
    public String decisionComment;
    public boolean keyProposal;
    public int handlingRound;
    public boolean needsFollowUp;
    public LocalDateTime closedAt;
    public LocalDateTime publishedAt;
    public LocalDateTime submittedAt;
    public LocalDateTime registeredAt;
    public LocalDateTime createdAt;
    public LocalDateTime updatedAt;
}
