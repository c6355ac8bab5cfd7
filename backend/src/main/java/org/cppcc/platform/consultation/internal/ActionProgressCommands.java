package org.cppcc.platform.consultation.internal;

import java.time.LocalDate;
import java.util.List;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.consultation.PhotoUpload;
import org.cppcc.platform.consultation.ProgressReport;
import org.cppcc.platform.consultation.events.MatterEvent;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.photo.CheckedPhoto;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 5, 共同办事: a unit reports progress on its own action. When the last action of the round is done,
 * the evaluation window opens (step 6).
 */
@Service
class ActionProgressCommands {

    private final MatterSupport support;
    private final ConsultationMapper mapper;
    private final MatterPhotos photos;
    private final WorkingDayCalendar calendar;
    private final ConsultationSettings settings;

    ActionProgressCommands(
            MatterSupport support, MatterPhotos photos, WorkingDayCalendar calendar, ConsultationSettings settings) {
        this.support = support;
        this.mapper = support.mapper;
        this.photos = photos;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Transactional
    void reportProgress(PlatformUser unit, long actionId, ProgressReport report, List<PhotoUpload> uploads) {
        ActionRow found = mapper.findAction(actionId);
        if (found == null) {
            throw ApiException.notFound("办理措施");
        }
        if (!unit.has(Role.HANDLING_UNIT) || unit.unitId() == null || unit.unitId() != found.unitId) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只能报告本单位负责的办理措施");
        }
        MatterRow matter = support.lock(found.matterId);
        ActionRow action = mapper.findAction(actionId);
        DecisionRow current = mapper.decisionOfRound(matter.id, matter.roundNo);
        if (matter.state != MatterState.IMPLEMENTING || current == null || action.decisionId != current.id) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "事项当前状态为「" + matter.state.label() + "」，该措施不在办理中");
        }
        if (action.status == ActionRow.Status.DONE) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该措施已经办结");
        }
        if (report.percent() < action.progressPercent) {
            throw ApiException.invalid("percent", "完成进度不能低于上次报告的" + action.progressPercent + "%");
        }
        List<CheckedPhoto> checked = photos.check(uploads);
        boolean done = report.percent() == 100;
        if (mapper.recordProgress(actionId, report.percent(), done, support.now()) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该措施的进度已变化，请刷新后重试");
        }
        ProgressRow progress = new ProgressRow();
        progress.actionId = actionId;
        progress.percent = report.percent();
        progress.note = report.note().strip();
        progress.reportedBy = unit.id();
        progress.reportedAt = support.now();
        mapper.insertProgress(progress);
        photos.store(matter.id, progress.id, checked, progress.reportedAt);
        support.record(
                matter,
                unit,
                Role.HANDLING_UNIT,
                done ? HistoryAction.COMPLETE_ACTION : HistoryAction.REPORT_PROGRESS,
                matter.state,
                "措施" + action.seq + "（" + action.unitName + "）完成" + report.percent() + "%：" + progress.note
                        + (checked.isEmpty() ? "" : "（附照片" + checked.size() + "张）"));
        support.publish(
                matter,
                unit,
                Role.HANDLING_UNIT,
                matter.state,
                f -> new MatterEvent.ProgressReported(
                        f, actionId, action.seq, action.unitId, action.unitName, report.percent(), done));
        if (!done) {
            return;
        }
        boolean lastOne = mapper.actions(matter.id).stream()
                .noneMatch(a -> a.decisionId == current.id && a.status == ActionRow.Status.OPEN);
        if (lastOne) {
            // The evaluation window is set before the engine creates the evaluation task, whose due date reads it.
            support.move(matter, MatterState.IMPLEMENTING, MatterState.EVALUATING);
            LocalDate closesOn = calendar.addWorkingDays(support.today(), settings.evaluationWorkingDays());
            mapper.openEvaluation(matter.id, closesOn);
            support.record(
                    matter,
                    null,
                    null,
                    HistoryAction.OPEN_EVALUATION,
                    MatterState.IMPLEMENTING,
                    "各项措施均已办结，评价期至" + closesOn);
            support.publish(
                    matter, null, null, MatterState.IMPLEMENTING, f -> new MatterEvent.EvaluationOpened(f, closesOn));
        }
        support.workflow.actionDone(matter, actionId);
    }
}
