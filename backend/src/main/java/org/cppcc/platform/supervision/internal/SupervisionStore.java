package org.cppcc.platform.supervision.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SupervisionStore {

    // key proposals
    Rows.KeyProposal keyProposal(@Param("proposalId") long proposalId);

    List<Rows.KeyProposal> keyProposals();

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
    void insertInstruction(Rows.Instruction instruction);

    void insertAck(
            @Param("instructionId") long instructionId,
            @Param("unitId") long unitId,
            @Param("unitName") String unitName);

    Rows.Instruction instruction(@Param("id") long id);

    List<Rows.Instruction> instructions(@Param("proposalId") long proposalId);

    List<Rows.Ack> acks(@Param("proposalId") long proposalId);

    int acknowledge(
            @Param("instructionId") long instructionId,
            @Param("unitId") long unitId,
            @Param("by") long by,
            @Param("note") String note,
            @Param("now") LocalDateTime now);

    Rows.Ack ack(@Param("instructionId") long instructionId, @Param("unitId") long unitId);

    /** The latest instruction of each proposal, for the board. */
    List<Rows.Instruction> latestInstructions();

    /** Instructions a unit has still to acknowledge. */
    List<Rows.Ack> pendingAcks(@Param("unitId") long unitId);

    // chasing
    void insertChase(Rows.Chase chase);

    List<Rows.Chase> chases(@Param("proposalId") long proposalId);

    // visits
    void insertVisit(Rows.Visit visit);

    Rows.Visit visit(@Param("id") long id);

    List<Rows.Visit> visits(@Param("proposalId") long proposalId);

    void insertPhoto(Rows.Photo photo);

    Rows.Photo photo(@Param("id") long id);

    List<Rows.Photo> photos(@Param("proposalId") long proposalId);

    long photoCount(@Param("visitId") long visitId);

    // unit leaders
    List<Long> unitLeaders(@Param("unitId") long unitId);

    void deleteUnitLeaders(@Param("unitId") long unitId);

    void insertUnitLeader(@Param("unitId") long unitId, @Param("accountId") long accountId);

    // reminders
    boolean reminderExists(@Param("itemKey") String itemKey, @Param("kind") String kind, @Param("level") int level);

    void insertReminder(Rows.Reminder reminder);

    void setReminderRecipients(@Param("id") long id, @Param("recipients") int recipients);

    List<Rows.Reminder> reminders(@Param("proposalId") long proposalId);

    /** The highest overdue level reached per item key, for the board. */
    List<Rows.Reminder> overdueLevels();
}
