package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.cppcc.platform.proposal.BodyKind;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ProposerType;

/** A proposal as its detail screen shows it, with what the viewer may do next. */
public record ProposalDetailView(
        long id,
        long sessionId,
        String sessionName,
        Integer proposalNumber,
        boolean plenary,
        String category,
        String categoryLabel,
        String title,
        String situation,
        String analysis,
        String suggestions,
        ProposerType proposerType,
        Long leadMemberId,
        String leadMemberName,
        BodyKind bodyKind,
        String bodyName,
        String contactPerson,
        String contactPhone,
        String sectorName,
        boolean consentPublish,
        String noPublishReason,
        ProposalState state,
        String stateLabel,
        int handlingRound,
        boolean keyProposal,
        Long mergedIntoId,
        String convertedTo,
        String refusalReason,
        String decisionComment,
        LocalDateTime submittedAt,
        LocalDateTime registeredAt,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        List<Unit> suggestedUnits,
        List<CosignerView> cosigners,
        List<Assignment> assignments,
        List<AttachmentView> attachments,
        List<Action> actions) {

    public record Unit(long id, String name) {}

    public record Assignment(
            long id,
            long unitId,
            String unitName,
            String unitRole,
            String status,
            int handlingRound,
            LocalDate signDueDate,
            String returnReason,
            LocalDateTime signedAt,
            Long replacedById) {}

    /** Something the viewer may do now; {@code assignmentId} names the assignment it acts on, if any. */
    public record Action(String action, Long assignmentId) {}
}
