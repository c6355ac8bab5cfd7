package org.cppcc.platform.consultation.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.consultation.ConclusionForm;
import org.cppcc.platform.consultation.DecisionForm;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.consultation.MeetingPlan;
import org.cppcc.platform.consultation.Minutes;
import org.cppcc.platform.consultation.ParticipantKind;
import org.cppcc.platform.consultation.TriageDecision;
import org.cppcc.platform.consultation.events.MatterEvent;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.OrganisationDirectory.UnitRef;
import org.cppcc.platform.organisation.UnitKind;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workstation's side: triage (its duty staff), then meetings, minutes, decision, publication and the
 * conclusion after evaluation (its liaison).
 */
@Service
class WorkstationCommands {

    /** Matters another one may be merged into: open ones, before their evaluation. */
    private static final Set<MatterState> OPEN = Set.of(
            MatterState.RAISED,
            MatterState.DELIBERATING,
            MatterState.DECIDING,
            MatterState.DECIDED,
            MatterState.IMPLEMENTING);

    private final MatterSupport support;
    private final ConsultationMapper mapper;
    private final ConsultationAccess access;
    private final ProposalHandOff handOff;
    private final OrganisationDirectory directory;
    private final WorkingDayCalendar calendar;

    WorkstationCommands(
            MatterSupport support,
            ProposalHandOff handOff,
            OrganisationDirectory directory,
            WorkingDayCalendar calendar) {
        this.support = support;
        this.mapper = support.mapper;
        this.access = support.access;
        this.handOff = handOff;
        this.directory = directory;
        this.calendar = calendar;
    }

    @Transactional
    void triage(PlatformUser staff, long matterId, TriageDecision decision) {
        MatterRow matter = support.lock(matterId);
        access.requireDutyStaff(staff, matter.workstationId);
        ConsultationAccess.requireState(matter, MatterState.RAISED);
        Role role = access.isLiaison(staff, matter.workstationId) ? Role.WORKSTATION_LIAISON : Role.MEMBER;
        String comment = blankToNull(decision.comment());
        Long mergedInto = null;
        Long proposalId = null;
        Long memberId = null;
        String described = decision.outcome().label();
        MatterState to;
        switch (decision.outcome()) {
            case CONSULT -> to = MatterState.DELIBERATING;
            case ANSWER -> {
                requireComment(comment, "直接答复须填写答复内容");
                to = MatterState.ANSWERED;
            }
            case PUBLIC_OPINION -> to = MatterState.TO_PUBLIC_OPINION;
            case DECLINE -> {
                requireComment(comment, "不予受理须说明理由");
                to = MatterState.DECLINED;
            }
            case MERGE -> {
                MatterRow target = mergeTarget(matter, decision.mergeIntoId());
                mergedInto = target.id;
                described = "并入事项「" + target.title + "」";
                to = MatterState.MERGED;
                support.record(
                        target.id,
                        staff,
                        role,
                        HistoryAction.RECEIVE_MERGED,
                        null,
                        null,
                        "事项「" + matter.title + "」并入本事项一并办理");
            }
            case PROPOSAL -> {
                ProposalHandOff.Draft draft = handOff.createDraft(matter, decision.memberId(), comment);
                proposalId = draft.proposalId();
                memberId = draft.member().memberId();
                described = "转为" + draft.member().name() + "委员的提案草稿";
                to = MatterState.TO_PROPOSAL;
            }
            default -> throw new IllegalStateException("Unknown outcome " + decision.outcome());
        }
        support.move(matter, MatterState.RAISED, to);
        mapper.recordTriage(
                matterId, decision.outcome(), comment, staff.id(), support.now(), mergedInto, proposalId, memberId);
        if (to == MatterState.DELIBERATING) {
            mapper.startRound(matterId, 1);
            matter.roundNo = 1;
        } else {
            mapper.markClosed(matterId, support.now());
        }
        support.workflow.triage(matter, decision.outcome().name());
        support.record(
                matter, staff, role, HistoryAction.TRIAGE, MatterState.RAISED, MatterSupport.join(described, comment));
        Long merged = mergedInto;
        Long proposal = proposalId;
        Long member = memberId;
        support.publish(
                matter,
                staff,
                role,
                MatterState.RAISED,
                f -> new MatterEvent.Triaged(f, decision.outcome(), comment, merged, proposal, member));
    }

    private MatterRow mergeTarget(MatterRow matter, Long targetId) {
        if (targetId == null) {
            throw ApiException.invalid("mergeIntoId", "请选择要合并的事项");
        }
        MatterRow target = mapper.findMatter(targetId);
        if (target == null
                || target.id.equals(matter.id)
                || target.workstationId != matter.workstationId
                || !OPEN.contains(target.state)) {
            throw ApiException.invalid("mergeIntoId", "只能并入本工作站正在办理的其他事项");
        }
        return target;
    }

    @Transactional
    long scheduleMeeting(PlatformUser liaison, long matterId, MeetingPlan plan) {
        MatterRow matter = support.lock(matterId);
        access.requireLiaison(liaison, matter.workstationId);
        ConsultationAccess.requireState(matter, MatterState.DELIBERATING);
        String place = blankToNull(plan.place());
        if (!plan.online() && place == null) {
            throw ApiException.invalid("place", "线下会议须填写会议地点");
        }
        List<ParticipantRow> invited = invitees(plan.participants());
        MeetingRow meeting = new MeetingRow();
        meeting.matterId = matterId;
        meeting.roundNo = matter.roundNo;
        meeting.topic = plan.topic().strip();
        meeting.scheduledAt = plan.scheduledAt();
        meeting.online = plan.online();
        meeting.place = place;
        meeting.status = MeetingRow.Status.SCHEDULED;
        meeting.convenedBy = liaison.id();
        meeting.createdAt = support.now();
        mapper.insertMeeting(meeting);
        for (ParticipantRow participant : invited) {
            participant.meetingId = meeting.id;
            mapper.insertParticipant(participant);
        }
        support.record(
                matter,
                liaison,
                Role.WORKSTATION_LIAISON,
                HistoryAction.SCHEDULE_MEETING,
                matter.state,
                meeting.topic + "；" + meeting.scheduledAt.toLocalDate() + " " + meeting.scheduledAt.toLocalTime()
                        + "，" + (meeting.online ? "线上" + (place == null ? "" : "（" + place + "）") : place)
                        + "；邀请" + invited.size() + "方参加");
        support.publish(
                matter,
                liaison,
                Role.WORKSTATION_LIAISON,
                matter.state,
                f -> new MatterEvent.MeetingScheduled(
                        f,
                        meeting.id,
                        meeting.topic,
                        meeting.scheduledAt,
                        meeting.online,
                        meeting.place,
                        invited.stream()
                                .filter(p -> p.memberId != null)
                                .map(p -> p.memberId)
                                .toList(),
                        invited.stream()
                                .filter(p -> p.unitId != null)
                                .map(p -> p.unitId)
                                .toList()));
        return meeting.id;
    }

    private List<ParticipantRow> invitees(List<MeetingPlan.Invitee> given) {
        List<ParticipantRow> participants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            MeetingPlan.Invitee invitee = given.get(i);
            String field = "participants[" + i + "]";
            ParticipantRow participant = new ParticipantRow();
            participant.kind = invitee.kind();
            switch (invitee.kind()) {
                case MEMBER -> {
                    Views.MemberLink member = invitee.memberId() == null ? null : mapper.member(invitee.memberId());
                    if (member == null || !member.enabled()) {
                        throw ApiException.invalid(field + ".memberId", "请选择参会的委员");
                    }
                    participant.memberId = member.memberId();
                    participant.name = member.name();
                }
                case UNIT, SUBDISTRICT_OFFICE -> {
                    UnitRef unit = invitee.unitId() == null
                            ? null
                            : directory
                                    .unit(invitee.unitId())
                                    .filter(UnitRef::enabled)
                                    .orElse(null);
                    boolean office = invitee.kind() == ParticipantKind.SUBDISTRICT_OFFICE;
                    if (unit == null || office != (unit.kind() == UnitKind.SUBDISTRICT_OFFICE)) {
                        throw ApiException.invalid(field + ".unitId", office ? "请选择参会的街道办事处" : "请选择参会的职能部门");
                    }
                    participant.unitId = unit.id();
                    participant.name = unit.name();
                }
                default -> {
                    String name = blankToNull(invitee.name());
                    if (name == null) {
                        throw ApiException.invalid(
                                field + ".name", "请填写参会" + invitee.kind().label() + "的名称");
                    }
                    participant.name = name;
                }
            }
            if (!seen.add(participant.kind + ":" + participant.name)) {
                throw ApiException.invalid(field, "参会人员「" + participant.name + "」重复");
            }
            participants.add(participant);
        }
        return participants;
    }

    @Transactional
    void recordMinutes(PlatformUser liaison, long meetingId, Minutes minutes) {
        MeetingRow meeting = mapper.findMeeting(meetingId);
        if (meeting == null) {
            throw ApiException.notFound("会议");
        }
        MatterRow matter = support.lock(meeting.matterId);
        access.requireLiaison(liaison, matter.workstationId);
        ConsultationAccess.requireState(matter, MatterState.DELIBERATING);
        if (meeting.roundNo != matter.roundNo) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该会议不属于本轮协商");
        }
        if (meeting.scheduledAt.isAfter(support.now())) {
            // Minutes of a meeting that has not taken place would be invented: wait for its time.
            throw new ApiException(
                    ErrorCode.MEETING_NOT_YET_HELD,
                    "会议定于" + meeting.scheduledAt.toLocalDate() + " " + meeting.scheduledAt.toLocalTime()
                            + "召开，尚未到会议时间，不能记录纪要");
        }
        Set<Long> invited =
                mapper.participants(meetingId).stream().map(p -> p.id).collect(Collectors.toSet());
        List<Minutes.Attendance> attendance = minutes.attendanceOrEmpty();
        for (int i = 0; i < attendance.size(); i++) {
            if (!invited.contains(attendance.get(i).participantId())) {
                throw ApiException.invalid("attendance[" + i + "].participantId", "参会记录与会议邀请的人员不符");
            }
        }
        if (mapper.holdMeeting(meetingId, minutes.minutes().strip(), liaison.id(), support.now()) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该会议的纪要已经记录");
        }
        attendance.forEach(a -> mapper.recordAttendance(a.participantId(), a.attended(), blankToNull(a.opinion())));
        support.move(matter, MatterState.DELIBERATING, MatterState.DECIDING);
        support.workflow.deliberated(matter);
        long present = attendance.stream().filter(Minutes.Attendance::attended).count();
        support.record(
                matter,
                liaison,
                Role.WORKSTATION_LIAISON,
                HistoryAction.HOLD_MEETING,
                MatterState.DELIBERATING,
                "「" + meeting.topic + "」会议已召开" + (attendance.isEmpty() ? "" : "，出席" + present + "方"));
        support.publish(
                matter,
                liaison,
                Role.WORKSTATION_LIAISON,
                MatterState.DELIBERATING,
                f -> new MatterEvent.MeetingHeld(f, meetingId));
    }

    @Transactional
    List<Long> decide(PlatformUser liaison, long matterId, DecisionForm form) {
        MatterRow matter = support.lock(matterId);
        access.requireLiaison(liaison, matter.workstationId);
        if (matter.state == MatterState.DELIBERATING) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "须先召开协商会议并记录纪要，才能研究定事");
        }
        ConsultationAccess.requireState(matter, MatterState.DECIDING);
        List<UnitRef> units = new ArrayList<>();
        for (int i = 0; i < form.actions().size(); i++) {
            String field = "actions[" + i + "].unitId";
            units.add(directory
                    .unit(form.actions().get(i).unitId())
                    .filter(UnitRef::enabled)
                    .orElseThrow(() -> ApiException.invalid(field, "责任单位不存在或已停用")));
        }
        DecisionRow decision = new DecisionRow();
        decision.matterId = matterId;
        decision.roundNo = matter.roundNo;
        decision.summary = form.summary().strip();
        decision.decidedBy = liaison.id();
        decision.decidedAt = support.now();
        mapper.insertDecision(decision);
        List<Long> ids = new ArrayList<>();
        List<MatterEvent.ActionPlan> plans = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < form.actions().size(); i++) {
            DecisionForm.ActionPlan plan = form.actions().get(i);
            ActionRow action = new ActionRow();
            action.decisionId = decision.id;
            action.matterId = matterId;
            action.seq = i + 1;
            action.content = plan.content().strip();
            action.unitId = units.get(i).id();
            action.workingDays = plan.workingDays();
            action.dueDate = calendar.addWorkingDays(support.today(), plan.workingDays());
            action.progressPercent = 0;
            action.status = ActionRow.Status.OPEN;
            action.createdAt = support.now();
            action.updatedAt = action.createdAt;
            mapper.insertAction(action);
            ids.add(action.id);
            plans.add(new MatterEvent.ActionPlan(
                    action.id, action.seq, action.unitId, units.get(i).name(), action.content, action.dueDate));
            described.add(units.get(i).name() + "（" + action.dueDate + "前）");
        }
        support.move(matter, MatterState.DECIDING, MatterState.DECIDED);
        support.workflow.decided(matter);
        support.record(
                matter,
                liaison,
                Role.WORKSTATION_LIAISON,
                HistoryAction.DECIDE,
                MatterState.DECIDING,
                "形成" + ids.size() + "项办理措施，责任单位：" + String.join("、", described));
        support.publish(
                matter,
                liaison,
                Role.WORKSTATION_LIAISON,
                MatterState.DECIDING,
                f -> new MatterEvent.Decided(f, decision.id, decision.summary, plans));
        return ids;
    }

    @Transactional
    void publish(PlatformUser liaison, long matterId) {
        MatterRow matter = support.lock(matterId);
        access.requireLiaison(liaison, matter.workstationId);
        if (matter.state == MatterState.DELIBERATING || matter.state == MatterState.DECIDING) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "尚未形成协商结果，不能公开");
        }
        ConsultationAccess.requireState(matter, MatterState.DECIDED);
        DecisionRow decision = mapper.decisionOfRound(matterId, matter.roundNo);
        if (decision == null) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "尚未形成协商结果，不能公开");
        }
        mapper.publishDecision(decision.id, liaison.id(), support.now());
        List<ActionRow> actions = mapper.actions(matterId).stream()
                .filter(a -> a.decisionId == decision.id)
                .toList();
        List<Long> actionIds = actions.stream().map(a -> a.id).toList();
        support.move(matter, MatterState.DECIDED, MatterState.IMPLEMENTING);
        support.workflow.published(matter, actionIds);
        support.record(
                matter,
                liaison,
                Role.WORKSTATION_LIAISON,
                HistoryAction.PUBLISH,
                MatterState.DECIDED,
                "协商结果及" + actionIds.size() + "项措施已在工作站公开");
        support.publish(
                matter,
                liaison,
                Role.WORKSTATION_LIAISON,
                MatterState.DECIDED,
                f -> new MatterEvent.Published(
                        f,
                        decision.id,
                        actions.stream()
                                .map(a -> new MatterEvent.ActionPlan(
                                        a.id, a.seq, a.unitId, a.unitName, a.content, a.dueDate))
                                .toList()));
    }

    @Transactional
    void conclude(PlatformUser liaison, long matterId, ConclusionForm form) {
        MatterRow matter = support.lock(matterId);
        access.requireLiaison(liaison, matter.workstationId);
        ConsultationAccess.requireState(matter, MatterState.EVALUATING);
        String comment = blankToNull(form.comment());
        String described = form.outcome().label();
        Long proposalId = null;
        Long memberId = null;
        boolean againstRatings = false;
        switch (form.outcome()) {
            case CLOSE -> {
                // docs/domain.md step 6: unsatisfied means consult again or turn it into a proposal; closing anyway
                // is the liaison's call, but only with a reason that the history and the public page keep.
                if (OfficialRatings.of(mapper.evaluations(matterId), matter.roundNo)
                        .unsatisfied()) {
                    requireComment(comment, "评价结果为不满意：请重新协商或转为委员提案；如确需办结，须填写办结理由（将在公开页面显示）");
                    againstRatings = true;
                    described = "评价不满意，说明理由后办结";
                }
                support.move(matter, MatterState.EVALUATING, MatterState.CLOSED);
                mapper.markClosed(matterId, support.now());
            }
            case RECONSULT -> {
                requireComment(comment, "重新协商须说明理由");
                support.move(matter, MatterState.EVALUATING, MatterState.DELIBERATING);
                mapper.startRound(matterId, matter.roundNo + 1);
                matter.roundNo++;
                described = "重新协商（第" + matter.roundNo + "轮）";
            }
            case PROPOSAL -> {
                ProposalHandOff.Draft draft = handOff.createDraft(matter, form.memberId(), comment);
                proposalId = draft.proposalId();
                memberId = draft.member().memberId();
                described = "转为" + draft.member().name() + "委员的提案草稿";
                support.move(matter, MatterState.EVALUATING, MatterState.TO_PROPOSAL);
                mapper.markClosed(matterId, support.now());
            }
            default -> throw new IllegalStateException("Unknown conclusion " + form.outcome());
        }
        mapper.recordConclusion(matterId, form.outcome(), comment, againstRatings, proposalId, memberId);
        support.workflow.concluded(matter, form.outcome().name());
        support.record(
                matter,
                liaison,
                Role.WORKSTATION_LIAISON,
                HistoryAction.CONCLUDE,
                MatterState.EVALUATING,
                MatterSupport.join(described, comment));
        Long proposal = proposalId;
        Long member = memberId;
        support.publish(
                matter,
                liaison,
                Role.WORKSTATION_LIAISON,
                MatterState.EVALUATING,
                f -> new MatterEvent.Concluded(f, form.outcome(), comment, proposal, member));
    }

    private static void requireComment(String comment, String message) {
        if (comment == null) {
            throw ApiException.invalid("comment", message);
        }
    }
}
