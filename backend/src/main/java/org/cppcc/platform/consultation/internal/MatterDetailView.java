package org.cppcc.platform.consultation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.cppcc.platform.consultation.Channel;
import org.cppcc.platform.consultation.Conclusion;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.consultation.ParticipantKind;
import org.cppcc.platform.consultation.Satisfaction;
import org.cppcc.platform.consultation.TriageOutcome;

/**
 * One matter through all its steps, as a screen shows it. The public site's form leaves out the contact,
 * the tracking code, undecided rounds' minutes and unpublished decisions; staff see what their role allows.
 */
public record MatterDetailView(
        long id,
        String trackingCode,
        String title,
        String description,
        String place,
        String contactPhone,
        Channel channel,
        String channelLabel,
        Views.WorkstationRef workstation,
        MatterState state,
        String stateLabel,
        int step,
        boolean finished,
        int roundNo,
        TriageOutcome triageOutcome,
        String triageOutcomeLabel,
        String triageComment,
        LocalDateTime triagedAt,
        MatterLink mergedInto,
        List<MatterLink> mergedFrom,
        Long proposalId,
        String proposalMemberName,
        LocalDate evaluationClosesOn,
        Conclusion conclusion,
        String conclusionLabel,
        String conclusionComment,
        boolean closedAgainstRatings,
        LocalDateTime raisedAt,
        LocalDateTime closedAt,
        LocalDateTime updatedAt,
        List<Photo> photos,
        List<Meeting> meetings,
        List<Decision> decisions,
        Evaluations evaluation,
        List<Step> history,
        List<Available> actions) {

    public record MatterLink(long id, String title, MatterState state, String stateLabel) {}

    public record Photo(long id, int width, int height, String url) {}

    public record Meeting(
            long id,
            int roundNo,
            String topic,
            LocalDateTime scheduledAt,
            boolean online,
            String place,
            String status,
            String minutes,
            LocalDateTime heldAt,
            List<Participant> participants) {}

    public record Participant(
            long id,
            ParticipantKind kind,
            String kindLabel,
            String name,
            Long memberId,
            Long unitId,
            Boolean attended,
            String opinion) {}

    public record Decision(
            long id,
            int roundNo,
            String summary,
            LocalDateTime decidedAt,
            LocalDateTime publishedAt,
            List<Action> actions) {}

    public record Action(
            long id,
            int seq,
            String content,
            long unitId,
            String unitName,
            int workingDays,
            LocalDate dueDate,
            int progressPercent,
            String status,
            boolean overdue,
            LocalDateTime doneAt,
            List<Report> reports) {}

    public record Report(
            long id, int percent, String note, String reporterName, LocalDateTime reportedAt, List<Photo> photos) {}

    /**
     * The current round's official ratings (the raiser and members: the only ones counted, and the only ones
     * {@code unsatisfiedVerdict} follows), its unverified public ratings (公众评价（未核实）, shown apart), and
     * every rating ever given with its round.
     */
    public record Evaluations(
            int roundNo,
            int total,
            int satisfied,
            int basicallySatisfied,
            int unsatisfied,
            Double satisfactionRate,
            boolean unsatisfiedVerdict,
            Tally unverified,
            List<Rating> ratings) {}

    public record Tally(int total, int satisfied, int basicallySatisfied, int unsatisfied, Double satisfactionRate) {}

    public record Rating(
            long id,
            int roundNo,
            String evaluatorKind,
            boolean verified,
            String evaluator,
            Satisfaction satisfaction,
            String satisfactionLabel,
            String comment,
            LocalDateTime createdAt) {}

    public record Step(
            long id,
            String actorName,
            String actorRole,
            String action,
            String actionLabel,
            MatterState fromState,
            MatterState toState,
            String toStateLabel,
            String comment,
            LocalDateTime createdAt) {}

    /** What the viewer may do now (the commands check all of it again); {@code targetId} is a meeting or an action. */
    public record Available(String action, Long targetId) {}
}
