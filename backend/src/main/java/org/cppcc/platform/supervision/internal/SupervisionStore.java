package org.cppcc.platform.supervision.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SupervisionStore {

    // key proposals
    KeyProposalRow keyProposal(@Param("proposalId") long proposalId);

    List<KeyProposalRow> keyProposals();

    void insertKeyProposal(
            @Param("proposalId") long proposalId,
            @Param("reason") String reason,
            @Param("by") long by,
            @Param("now") LocalDateTime now);

    int approveKeyProposal(
            @Param("proposalId") long proposalId,
            @Param("meetingName") String meetingName,
            @Param("approvedOn") LocalDate approvedOn,
            @Param("by") long by,
            @Param("leaderId") long leaderId,
            @Param("replyDueDate") LocalDate replyDueDate,
            @Param("now") LocalDateTime now);

    int setLeader(@Param("proposalId") long proposalId, @Param("leaderId") long leaderId);

    int dropKeyProposal(@Param("proposalId") long proposalId);

    int concludeKeyProposal(
            @Param("proposalId") long proposalId,
            @Param("conclusion") String conclusion,
            @Param("now") LocalDateTime now);

    // instructions
    void insertInstruction(InstructionRow instruction);

    void insertAck(
            @Param("instructionId") long instructionId,
            @Param("unitId") long unitId,
            @Param("unitName") String unitName);

    InstructionRow instruction(@Param("id") long id);

    List<InstructionRow> instructions(@Param("proposalId") long proposalId);

    List<InstructionAckRow> acks(@Param("proposalId") long proposalId);

    int acknowledge(
            @Param("instructionId") long instructionId,
            @Param("unitId") long unitId,
            @Param("by") long by,
            @Param("note") String note,
            @Param("now") LocalDateTime now);

    InstructionAckRow ack(@Param("instructionId") long instructionId, @Param("unitId") long unitId);

    /** The latest instruction of each proposal, for the board. */
    List<InstructionRow> latestInstructions();

    /** Instructions a unit has still to acknowledge. */
    List<InstructionAckRow> pendingAcks(@Param("unitId") long unitId);

    /** The units that have still to acknowledge this leader's instructions. */
    List<InstructionAckRow> pendingAcksOfLeader(@Param("leaderId") long leaderId);

    // chasing
    void insertChase(ChaseRow chase);

    List<ChaseRow> chases(@Param("proposalId") long proposalId);

    // visits
    void insertVisit(VisitRow visit);

    VisitRow visit(@Param("id") long id);

    List<VisitRow> visits(@Param("proposalId") long proposalId);

    void insertPhoto(VisitPhotoRow photo);

    VisitPhotoRow photo(@Param("id") long id);

    List<VisitPhotoRow> photos(@Param("proposalId") long proposalId);

    long photoCount(@Param("visitId") long visitId);

    // unit leaders
    List<Long> unitLeaders(@Param("unitId") long unitId);

    List<Long> unitLeaderRows(@Param("unitId") long unitId);

    void deleteUnitLeader(@Param("unitId") long unitId, @Param("accountId") long accountId);

    void insertUnitLeader(@Param("unitId") long unitId, @Param("accountId") long accountId);

    // reminders
    boolean reminderExists(@Param("itemKey") String itemKey, @Param("kind") String kind, @Param("level") int level);

    void insertReminder(ReminderRow reminder);

    void setReminderRecipients(@Param("id") long id, @Param("recipients") int recipients);

    /** The reminders of a proposal sent up to {@code now} (a demo clock moved back hides later ones). */
    List<ReminderRow> reminders(@Param("proposalId") long proposalId, @Param("now") LocalDateTime now);

    /** Every overdue warning sent up to {@code now}, for the board: its level and who received it. */
    List<ReminderRow> overdueWarnings(@Param("now") LocalDateTime now);

    boolean overdueSent(@Param("itemKey") String itemKey);

    int deleteRemindersAfter(@Param("now") LocalDateTime now);

    /** Every unit's named leaders (a short table: units × a leader or two); enabled or not is the account's. */
    List<UnitLeader> allUnitLeaders();

    record UnitLeader(long unitId, long accountId) {}
}
