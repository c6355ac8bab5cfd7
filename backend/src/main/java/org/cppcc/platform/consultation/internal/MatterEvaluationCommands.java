package org.cppcc.platform.consultation.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.consultation.MemberEvaluation;
import org.cppcc.platform.consultation.ResidentEvaluation;
import org.cppcc.platform.consultation.Satisfaction;
import org.cppcc.platform.consultation.events.MatterEvent;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 6, 大家评事: residents (the raiser, and anyone with the matter's page, one rating per phone) and
 * members (stationed there, on duty there, or invited to its meetings) rate the outcome while the window
 * is open. Only the raiser's and members' ratings are official (see {@link OfficialRatings}).
 */
@Service
class MatterEvaluationCommands {

    private final MatterSupport support;
    private final ConsultationMapper mapper;

    MatterEvaluationCommands(MatterSupport support) {
        this.support = support;
        this.mapper = support.mapper;
    }

    @Transactional
    void evaluate(long matterId, ResidentEvaluation form) {
        evaluate(null, matterId, form);
    }

    /**
     * A resident's rating. It is the raiser's (verified) when it carries the tracking code with the phone of
     * the raise, or comes from the resident account that raised the matter; otherwise it is an unverified
     * public rating. The raiser's phone without the code is refused, so that nobody who merely knows that
     * number can take the raiser's place.
     */
    @Transactional
    void evaluate(PlatformUser signedIn, long matterId, ResidentEvaluation form) {
        MatterRow matter = support.lock(matterId);
        if (!matter.state.isPublic()) {
            throw ApiException.notFound("事项");
        }
        requireOpenWindow(matter);
        String phone = form.phone().strip();
        String code = blankToNull(form.trackingCode());
        boolean ownAccount = signedIn != null && support.access.isRaiser(signedIn, matter);
        boolean raiser;
        if (code != null) {
            if (!code.equalsIgnoreCase(matter.trackingCode) || !phone.equals(matter.contactPhone)) {
                throw ApiException.invalid("trackingCode", "跟踪码与手机号码不符，无法核实为提事群众");
            }
            raiser = true;
        } else if (ownAccount) {
            raiser = true;
            phone = matter.contactPhone;
        } else if (phone.equals(matter.contactPhone)) {
            throw ApiException.invalid("trackingCode", "提事群众请填写跟踪码后评价");
        } else {
            raiser = false;
        }
        if (mapper.phoneEvaluated(matterId, matter.roundNo, phone)) {
            throw new ApiException(ErrorCode.DUPLICATE, raiser ? "您已经评价过此事项" : "该手机号已经评价过此事项");
        }
        EvaluationRow evaluation = newEvaluation(matter, form.satisfaction(), form.comment());
        evaluation.evaluatorKind = raiser ? EvaluationRow.EvaluatorKind.RAISER : EvaluationRow.EvaluatorKind.RESIDENT;
        evaluation.phone = phone;
        mapper.insertEvaluation(evaluation);
        support.record(
                matter,
                null,
                Role.RESIDENT,
                HistoryAction.EVALUATE,
                matter.state,
                (raiser ? "提事群众评价：" : "公众评价（未核实）：") + form.satisfaction().label());
        support.publish(
                matter,
                null,
                Role.RESIDENT,
                matter.state,
                f -> new MatterEvent.Evaluated(
                        f,
                        raiser ? MatterEvent.Evaluator.RAISER : MatterEvent.Evaluator.RESIDENT,
                        null,
                        form.satisfaction()));
    }

    @Transactional
    void evaluate(PlatformUser user, long matterId, MemberEvaluation form) {
        Views.MemberLink member = support.access.member(user);
        if (member == null) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有政协委员可以进行委员评价");
        }
        MatterRow matter = support.lock(matterId);
        boolean concerned = support.access.isDutyStaff(user, matter.workstationId)
                || mapper.invitedMember(matterId, member.memberId());
        if (!concerned) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有驻站、值班或参加协商的委员可以评价此事项");
        }
        requireOpenWindow(matter);
        if (mapper.memberEvaluated(matterId, matter.roundNo, member.memberId())) {
            throw new ApiException(ErrorCode.DUPLICATE, "您已经评价过此事项");
        }
        EvaluationRow evaluation = newEvaluation(matter, form.satisfaction(), form.comment());
        evaluation.evaluatorKind = EvaluationRow.EvaluatorKind.MEMBER;
        evaluation.memberId = member.memberId();
        mapper.insertEvaluation(evaluation);
        support.record(
                matter,
                user,
                Role.MEMBER,
                HistoryAction.EVALUATE,
                matter.state,
                "委员评价：" + form.satisfaction().label());
        support.publish(
                matter,
                user,
                Role.MEMBER,
                matter.state,
                f -> new MatterEvent.Evaluated(
                        f, MatterEvent.Evaluator.MEMBER, member.memberId(), form.satisfaction()));
    }

    private void requireOpenWindow(MatterRow matter) {
        if (matter.state != MatterState.EVALUATING) {
            boolean before = !matter.state.finished() && matter.state.step() < MatterState.EVALUATING.step();
            throw new ApiException(ErrorCode.STATE_CONFLICT, before ? "办理措施尚未全部完成，暂不能评价" : "该事项的评价已经结束");
        }
        if (matter.evaluationClosesOn != null && support.today().isAfter(matter.evaluationClosesOn)) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "评价期已于" + matter.evaluationClosesOn + "结束");
        }
    }

    private EvaluationRow newEvaluation(MatterRow matter, Satisfaction satisfaction, String comment) {
        EvaluationRow evaluation = new EvaluationRow();
        evaluation.matterId = matter.id;
        evaluation.roundNo = matter.roundNo;
        evaluation.satisfaction = satisfaction;
        evaluation.comment = blankToNull(comment);
        evaluation.createdAt = support.now();
        return evaluation;
    }
}
