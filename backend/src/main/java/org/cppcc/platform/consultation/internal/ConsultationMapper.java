package org.cppcc.platform.consultation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.cppcc.platform.consultation.Conclusion;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.consultation.MatterSubscriptions;
import org.cppcc.platform.consultation.TriageOutcome;

@Mapper
interface ConsultationMapper {

    // Matters

    void insertMatter(MatterRow matter);

    MatterRow findMatter(@Param("id") long id);

    /** Every command on a matter starts here: commands on one matter run one after another. */
    MatterRow lockMatter(@Param("id") long id);

    MatterRow findByTrackingCode(@Param("code") String code);

    boolean trackingCodeTaken(@Param("code") String code);

    /** The raiser's phone and the tracking code, only if they agreed to SMS updates. */
    MatterSubscriptions.SmsSubscriber smsSubscriber(@Param("id") long matterId);

    /** Compare-and-set of the state: 0 rows when someone else moved it first. */
    int transition(
            @Param("id") long id,
            @Param("from") MatterState from,
            @Param("to") MatterState to,
            @Param("now") LocalDateTime now);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    void recordTriage(
            @Param("id") long id,
            @Param("outcome") TriageOutcome outcome,
            @Param("comment") String comment,
            @Param("by") long by,
            @Param("now") LocalDateTime now,
            @Param("mergedIntoId") Long mergedIntoId,
            @Param("proposalId") Long proposalId,
            @Param("memberId") Long memberId);

    void startRound(@Param("id") long id, @Param("roundNo") int roundNo);

    void openEvaluation(@Param("id") long id, @Param("closesOn") LocalDate closesOn);

    void recordConclusion(
            @Param("id") long id,
            @Param("conclusion") Conclusion conclusion,
            @Param("comment") String comment,
            @Param("againstRatings") boolean againstRatings,
            @Param("proposalId") Long proposalId,
            @Param("memberId") Long memberId);

    void markClosed(@Param("id") long id, @Param("now") LocalDateTime now);

    /** The matters merged into this one. */
    List<MatterRow> mergedInto(@Param("id") long id);

    long count(MatterSearch search);

    List<Views.MatterSummaryView> search(MatterSearch search);

    // Photos

    void insertPhoto(PhotoRow photo);

    PhotoRow findPhoto(@Param("id") long id);

    List<PhotoRow> photos(@Param("matterId") long matterId);

    // Meetings

    void insertMeeting(MeetingRow meeting);

    MeetingRow findMeeting(@Param("id") long id);

    List<MeetingRow> meetings(@Param("matterId") long matterId);

    void insertParticipant(ParticipantRow participant);

    List<ParticipantRow> participantsOfMatter(@Param("matterId") long matterId);

    List<ParticipantRow> participants(@Param("meetingId") long meetingId);

    void recordAttendance(@Param("id") long id, @Param("attended") boolean attended, @Param("opinion") String opinion);

    int holdMeeting(
            @Param("id") long id,
            @Param("minutes") String minutes,
            @Param("by") long by,
            @Param("now") LocalDateTime now);

    List<Views.MeetingSummary> scheduledMeetings(@Param("workstationIds") List<Long> workstationIds);

    boolean invitedMember(@Param("matterId") long matterId, @Param("memberId") long memberId);

    // Decisions and actions

    void insertDecision(DecisionRow decision);

    List<DecisionRow> decisions(@Param("matterId") long matterId);

    DecisionRow decisionOfRound(@Param("matterId") long matterId, @Param("roundNo") int roundNo);

    void publishDecision(@Param("id") long id, @Param("by") long by, @Param("now") LocalDateTime now);

    void insertAction(ActionRow action);

    ActionRow findAction(@Param("id") long id);

    List<ActionRow> actions(@Param("matterId") long matterId);

    int recordProgress(
            @Param("id") long id,
            @Param("percent") int percent,
            @Param("done") boolean done,
            @Param("now") LocalDateTime now);

    void insertProgress(ProgressRow progress);

    List<ProgressRow> progress(@Param("matterId") long matterId);

    long countUnitActions(
            @Param("unitId") long unitId,
            @Param("status") String status,
            @Param("like") String like,
            @Param("today") LocalDate today);

    List<Views.UnitActionView> unitActions(
            @Param("unitId") long unitId,
            @Param("status") String status,
            @Param("like") String like,
            @Param("today") LocalDate today,
            @Param("offset") long offset,
            @Param("limit") int limit);

    // Evaluations

    void insertEvaluation(EvaluationRow evaluation);

    List<EvaluationRow> evaluations(@Param("matterId") long matterId);

    boolean phoneEvaluated(
            @Param("matterId") long matterId, @Param("roundNo") int roundNo, @Param("phone") String phone);

    boolean memberEvaluated(
            @Param("matterId") long matterId, @Param("roundNo") int roundNo, @Param("memberId") long memberId);

    // History

    void insertHistory(
            @Param("matterId") long matterId,
            @Param("actorAccountId") Long actorAccountId,
            @Param("actorName") String actorName,
            @Param("actorRole") String actorRole,
            @Param("action") String action,
            @Param("fromState") MatterState fromState,
            @Param("toState") MatterState toState,
            @Param("comment") String comment,
            @Param("now") LocalDateTime now);

    List<HistoryRow> history(@Param("matterId") long matterId);

    // Workstations, members and who may act where

    Views.WorkstationRef workstation(@Param("id") long id);

    long countWorkstations(@Param("like") String like, @Param("subdistrictId") Long subdistrictId);

    List<Views.WorkstationRef> workstations(
            @Param("like") String like,
            @Param("subdistrictId") Long subdistrictId,
            @Param("offset") long offset,
            @Param("limit") int limit);

    List<Views.WorkstationRef> workstationsByIds(@Param("ids") List<Long> ids);

    List<Views.StationedMemberView> stationedMembers(@Param("workstationId") long workstationId);

    List<String> liaisonNames(@Param("workstationId") long workstationId);

    boolean isLiaison(@Param("workstationId") long workstationId, @Param("accountId") long accountId);

    List<Long> liaisonWorkstations(@Param("accountId") long accountId);

    Views.MemberLink memberOfAccount(@Param("accountId") long accountId);

    Views.MemberLink member(@Param("memberId") long memberId);

    boolean onDuty(
            @Param("memberId") long memberId, @Param("workstationId") long workstationId, @Param("day") LocalDate day);

    List<Long> dutyWorkstations(@Param("memberId") long memberId, @Param("day") LocalDate day);

    List<Views.WorkstationStats> statistics(@Param("workstationId") Long workstationId);

    // Duty roster

    void insertDuty(
            @Param("workstationId") long workstationId,
            @Param("memberId") long memberId,
            @Param("dutyDate") LocalDate dutyDate,
            @Param("period") String period,
            @Param("kind") String kind,
            @Param("note") String note,
            @Param("createdBy") Long createdBy,
            @Param("now") LocalDateTime now,
            @Param("key") GeneratedId key);

    DutyView findDuty(@Param("id") long id);

    void deleteDuty(@Param("id") long id);

    boolean dutyTaken(
            @Param("memberId") long memberId, @Param("dutyDate") LocalDate dutyDate, @Param("period") String period);

    List<DutyView> duties(
            @Param("workstationId") Long workstationId,
            @Param("memberId") Long memberId,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    // Rate limits

    void hitBucket(
            @Param("key") String key, @Param("windowNo") long windowNo, @Param("expiresAt") LocalDateTime expiresAt);

    int bucketHits(@Param("key") String key, @Param("windowNo") long windowNo);

    void purgeBuckets(@Param("now") LocalDateTime now);
}
