package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.cppcc.platform.proposal.ReplyClass;
import org.cppcc.platform.proposal.ReplyStatus;
import org.cppcc.platform.proposal.internal.HandlingViews.ContactView;
import org.cppcc.platform.proposal.internal.HandlingViews.CountersignView;
import org.cppcc.platform.proposal.internal.HandlingViews.EvaluationView;
import org.cppcc.platform.proposal.internal.HandlingViews.ExtensionView;
import org.cppcc.platform.proposal.internal.HandlingViews.FollowUpView;
import org.cppcc.platform.proposal.internal.HandlingViews.MeetingView;
import org.cppcc.platform.proposal.internal.HandlingViews.OpinionView;

/** The tables of part 2: contacts, opinions, meetings, extensions, replies, countersigns, evaluations, follow-ups. */
@Mapper
interface HandlingMapper {

    void setHandlingDates(
            @Param("assignmentId") long assignmentId,
            @Param("contactDue") LocalDate contactDue,
            @Param("replyDue") LocalDate replyDue);

    void insertContact(
            @Param("proposalId") long proposalId,
            @Param("assignmentId") long assignmentId,
            @Param("contactDate") LocalDate contactDate,
            @Param("way") String way,
            @Param("content") String content,
            @Param("recordedBy") long recordedBy,
            @Param("now") LocalDateTime now);

    List<ContactView> contacts(@Param("proposalId") long proposalId);

    void insertOpinion(
            @Param("proposalId") long proposalId,
            @Param("assignmentId") long assignmentId,
            @Param("content") String content,
            @Param("createdBy") long createdBy,
            @Param("now") LocalDateTime now);

    List<OpinionView> opinions(@Param("proposalId") long proposalId);

    void insertMeeting(MeetingRow meeting);

    void insertInvitee(@Param("meetingId") long meetingId, @Param("accountId") long accountId);

    MeetingView findMeeting(@Param("id") long id);

    List<MeetingView> meetings(@Param("proposalId") long proposalId);

    List<MeetingView> meetingsOf(@Param("accountId") long accountId);

    /** Meetings the account chairs that are still to be held, as todo items. */
    List<TodoItemView> chairTodo(@Param("accountId") long accountId);

    int recordMeeting(
            @Param("id") long id,
            @Param("minutes") String minutes,
            @Param("attendance") String attendance,
            @Param("now") LocalDateTime now);

    void insertExtension(ExtensionRow extension);

    ExtensionView findExtension(@Param("id") long id);

    List<ExtensionView> extensions(@Param("proposalId") long proposalId);

    List<ExtensionView> pendingExtensions();

    boolean hasPendingExtension(@Param("assignmentId") long assignmentId);

    int decideExtension(
            @Param("id") long id,
            @Param("status") String status,
            @Param("decidedBy") long decidedBy,
            @Param("note") String note,
            @Param("now") LocalDateTime now);

    void extendAssignment(
            @Param("assignmentId") long assignmentId,
            @Param("months") int months,
            @Param("replyDue") LocalDate replyDue);

    void insertReply(ReplyRow reply);

    int updateReply(ReplyRow reply);

    ReplyRow replyOf(@Param("assignmentId") long assignmentId);

    List<ReplyRow> replies(@Param("proposalId") long proposalId);

    int replyTransition(
            @Param("id") long id,
            @Param("from") ReplyStatus from,
            @Param("to") ReplyStatus to,
            @Param("now") LocalDateTime now);

    void bumpReplyVersion(@Param("id") long id);

    void returnReply(@Param("id") long id, @Param("comment") String comment, @Param("now") LocalDateTime now);

    void sendReply(@Param("id") long id, @Param("finalClass") ReplyClass finalClass, @Param("now") LocalDateTime now);

    void raiseClass(@Param("id") long id, @Param("finalClass") ReplyClass finalClass);

    void insertCountersign(
            @Param("replyId") long replyId,
            @Param("version") int version,
            @Param("assignmentId") long assignmentId,
            @Param("agreed") boolean agreed,
            @Param("comment") String comment,
            @Param("decidedBy") long decidedBy,
            @Param("now") LocalDateTime now);

    List<CountersignView> countersigns(@Param("proposalId") long proposalId);

    boolean countersignRefused(@Param("replyId") long replyId, @Param("version") int version);

    boolean hasCountersigned(
            @Param("replyId") long replyId, @Param("version") int version, @Param("assignmentId") long assignmentId);

    void insertEvaluation(EvaluationRow evaluation);

    List<EvaluationView> evaluations(@Param("proposalId") long proposalId);

    void insertFollowUp(
            @Param("proposalId") long proposalId,
            @Param("assignmentId") long assignmentId,
            @Param("content") String content,
            @Param("newClass") ReplyClass newClass,
            @Param("createdBy") long createdBy,
            @Param("now") LocalDateTime now);

    List<FollowUpView> followUps(@Param("proposalId") long proposalId);

    void closeProposal(@Param("id") long id, @Param("followUp") boolean followUp, @Param("now") LocalDateTime now);

    void setFollowUp(@Param("id") long id, @Param("followUp") boolean followUp);

    void publishProposal(@Param("id") long id, @Param("now") LocalDateTime now);

    void nextRound(@Param("id") long id);

    /** A new meeting, its id filled in by the insert. */
    class MeetingRow {
        public Long id;
        public long proposalId;
        public LocalDateTime meetingTime;
        public String place;
        public String chair;
        public Long chairAccountId;
        public long organisedBy;
        public LocalDateTime createdAt;
    }

    class ExtensionRow {
        public Long id;
        public long proposalId;
        public long assignmentId;
        public int months;
        public String reason;
        public long requestedBy;
        public LocalDateTime requestedAt;
    }

    class EvaluationRow {
        public long proposalId;
        public int handlingRound;
        public long memberId;
        public boolean contacted;
        public String contactWay;
        public String attitude;
        public String result;
        public String comments;
        public long enteredBy;
        public boolean onPaper;
        public LocalDateTime createdAt;
    }
}
