package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.cppcc.platform.proposal.ContactWay;
import org.cppcc.platform.proposal.Satisfaction;

/** Views of the handling tables as the screens show them: what the API returns. */
public final class HandlingViews {

    private HandlingViews() {}

    public record ContactView(
            long id,
            long assignmentId,
            String unitName,
            LocalDate contactDate,
            ContactWay contactWay,
            String content,
            LocalDateTime createdAt) {}

    public record OpinionView(long id, long assignmentId, String unitName, String content, LocalDateTime createdAt) {}

    public record MeetingView(
            long id,
            long proposalId,
            LocalDateTime meetingTime,
            String place,
            String chair,
            long organisedBy,
            String minutes,
            String attendance,
            LocalDateTime heldAt,
            Long chairAccountId) {}

    public record ExtensionView(
            long id,
            long proposalId,
            long assignmentId,
            String unitName,
            int months,
            String reason,
            String status,
            LocalDateTime requestedAt,
            LocalDateTime decidedAt,
            String decisionNote) {}

    public record CountersignView(
            long replyId,
            int replyVersion,
            long assignmentId,
            String unitName,
            boolean agreed,
            String comment,
            LocalDateTime decidedAt) {}

    public record EvaluationView(
            long id,
            int handlingRound,
            long memberId,
            String memberName,
            boolean contacted,
            ContactWay contactWay,
            Satisfaction attitude,
            Satisfaction result,
            String comments,
            boolean onPaper,
            LocalDateTime createdAt) {}

    public record FollowUpView(
            long id, long assignmentId, String unitName, String content, String newClass, LocalDateTime createdAt) {}
}
