package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.CosignerStatus;
import org.cppcc.platform.proposal.ProposalState;

@Mapper
interface ProposalMapper {

    void insert(ProposalRow proposal);

    int updateForm(ProposalRow proposal);

    ProposalRow findById(@Param("id") long id);

    /** Every command on a proposal starts here: commands on one proposal run one after another. */
    ProposalRow lock(@Param("id") long id);

    /** Compare-and-set of the state: 0 rows when someone else moved it first. */
    int transition(
            @Param("id") long id,
            @Param("from") ProposalState from,
            @Param("to") ProposalState to,
            @Param("now") LocalDateTime now);

    void markSubmitted(@Param("id") long id, @Param("now") LocalDateTime now);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    void register(@Param("id") long id, @Param("number") int number, @Param("now") LocalDateTime now);

    void recordDecision(
            @Param("id") long id,
            @Param("refusalReason") String refusalReason,
            @Param("convertedTo") String convertedTo,
            @Param("mergedIntoId") Long mergedIntoId,
            @Param("comment") String comment);

    boolean counterExists(@Param("sessionId") long sessionId);

    int lockCounter(@Param("sessionId") long sessionId);

    void insertCounter(@Param("sessionId") long sessionId);

    void setCounter(@Param("sessionId") long sessionId, @Param("number") int number);

    List<Long> suggestedUnits(@Param("proposalId") long proposalId);

    void deleteSuggestedUnit(@Param("proposalId") long proposalId, @Param("unitId") long unitId);

    void insertSuggestedUnit(@Param("proposalId") long proposalId, @Param("unitId") long unitId);

    List<CosignerView> cosigners(@Param("proposalId") long proposalId);

    void deleteCosigner(@Param("proposalId") long proposalId, @Param("memberId") long memberId);

    void insertCosigner(
            @Param("proposalId") long proposalId,
            @Param("memberId") long memberId,
            @Param("status") CosignerStatus status,
            @Param("now") LocalDateTime now);

    /** A declined or expired co-signer of the target of a merge becomes a recipient of its reply. */
    int markMerged(@Param("proposalId") long proposalId, @Param("memberId") long memberId);

    int inviteCosigners(@Param("proposalId") long proposalId, @Param("now") LocalDateTime now);

    int answerInvitation(
            @Param("proposalId") long proposalId,
            @Param("memberId") long memberId,
            @Param("status") CosignerStatus status,
            @Param("now") LocalDateTime now);

    int expireInvitations(@Param("proposalId") long proposalId, @Param("now") LocalDateTime now);

    long count(ProposalSearch search);

    List<ProposalSummaryView> search(ProposalSearch search);

    List<TodoItemView> memberTodo(@Param("accountId") long accountId, @Param("memberId") Long memberId);

    List<TodoItemView> officeTodo();

    List<TodoItemView> unitTodo(@Param("unitId") long unitId);

    void insertAssignment(AssignmentRow assignment);

    AssignmentRow findAssignment(@Param("id") long id);

    List<AssignmentRow> assignments(@Param("proposalId") long proposalId);

    int assignmentTransition(
            @Param("id") long id,
            @Param("from") AssignmentStatus from,
            @Param("to") AssignmentStatus to,
            @Param("now") LocalDateTime now);

    void recordSigning(@Param("id") long id, @Param("accountId") long accountId, @Param("now") LocalDateTime now);

    void recordReturnRequest(@Param("id") long id, @Param("reason") String reason);

    void recordReplacement(@Param("id") long id, @Param("replacedById") long replacedById);

    void insertHistory(
            @Param("proposalId") long proposalId,
            @Param("actorAccountId") Long actorAccountId,
            @Param("actorName") String actorName,
            @Param("actorRole") String actorRole,
            @Param("onBehalfOf") String onBehalfOf,
            @Param("action") String action,
            @Param("fromState") ProposalState fromState,
            @Param("toState") ProposalState toState,
            @Param("assignmentId") Long assignmentId,
            @Param("comment") String comment,
            @Param("now") LocalDateTime now);

    void insertAttachment(
            @Param("proposalId") long proposalId,
            @Param("fileName") String fileName,
            @Param("contentType") String contentType,
            @Param("sizeBytes") long sizeBytes,
            @Param("storageKey") String storageKey,
            @Param("uploadedBy") long uploadedBy,
            @Param("now") LocalDateTime now);

    List<AttachmentView> attachments(@Param("proposalId") long proposalId);

    AttachmentView findAttachment(@Param("id") long id);

    void deleteAttachment(@Param("id") long id);

    List<HistoryRow> history(@Param("proposalId") long proposalId);

    boolean unitAssigned(@Param("proposalId") long proposalId, @Param("unitId") long unitId);

    boolean hasAssignmentOfUnit(@Param("proposalId") long proposalId, @Param("unitId") long unitId);

    boolean isCosigner(@Param("proposalId") long proposalId, @Param("memberId") long memberId);

    LocalDate today();

    List<ProposalRow> registeredOfSession(@Param("sessionId") long sessionId);

    List<AssignmentRow> unitAssignmentsInSession(@Param("unitId") long unitId, @Param("sessionId") long sessionId);
}
