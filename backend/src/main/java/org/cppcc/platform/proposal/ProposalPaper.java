package org.cppcc.platform.proposal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A proposal as the paper documents print it. {@code proposer} is the lead member or the body's name. */
public record ProposalPaper(
        long id,
        long sessionId,
        String sessionName,
        Integer number,
        String categoryLabel,
        String title,
        ProposerType proposerType,
        String proposer,
        String proposerSector,
        String contactPerson,
        String contactPhone,
        List<Person> cosigners,
        String situation,
        String analysis,
        String suggestions,
        String stateLabel,
        String reviewOpinion,
        LocalDateTime submittedAt,
        LocalDateTime registeredAt,
        List<Unit> units,
        List<Reply> replies) {

    public record Person(String name, String sector) {}

    /** A unit of the current handling round. */
    public record Unit(long unitId, String name, UnitRole role, LocalDate replyDueDate) {}

    /** One reply letter; {@code date} is when it was sent, or last saved while not yet sent. */
    public record Reply(
            long assignmentId,
            long proposalId,
            Integer proposalNumber,
            String proposalTitle,
            String sessionName,
            String proposer,
            ProposerType proposerType,
            String unitName,
            UnitRole unitRole,
            List<String> otherUnits,
            String referenceNumber,
            String title,
            ReplyClass replyClass,
            String body,
            String signingLeader,
            String officer,
            String officerPhone,
            ReplyStatus status,
            LocalDate date) {}
}
