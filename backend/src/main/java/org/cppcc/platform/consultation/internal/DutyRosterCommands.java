package org.cppcc.platform.consultation.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.consultation.DutyForm;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The duty roster, kept by each workstation's liaison (or an administrator). */
@Service
class DutyRosterCommands {

    private final MatterSupport support;
    private final ConsultationMapper mapper;

    DutyRosterCommands(MatterSupport support) {
        this.support = support;
        this.mapper = support.mapper;
    }

    @Transactional
    long addDuty(PlatformUser liaison, long workstationId, DutyForm form) {
        Views.WorkstationRef workstation = mapper.workstation(workstationId);
        if (workstation == null) {
            throw ApiException.notFound("工作站");
        }
        requireRosterKeeper(liaison, workstationId);
        Views.MemberLink member = mapper.member(form.memberId());
        if (member == null || !member.enabled()) {
            throw ApiException.invalid("memberId", "值班委员不存在或已停用");
        }
        if (form.dutyDate().isBefore(support.today())) {
            throw ApiException.invalid("dutyDate", "不能安排今天以前的值班");
        }
        if (mapper.dutyTaken(member.memberId(), form.dutyDate(), form.period().name())) {
            throw new ApiException(ErrorCode.DUPLICATE, member.name() + "委员在该时段已有值班安排");
        }
        GeneratedId key = new GeneratedId();
        mapper.insertDuty(
                workstationId,
                member.memberId(),
                form.dutyDate(),
                form.period().name(),
                form.kind().name(),
                blankToNull(form.note()),
                liaison.id(),
                support.now(),
                key);
        return key.id;
    }

    /** The workstation's liaison keeps its roster; an administrator may keep any (a station without a liaison). */
    private void requireRosterKeeper(PlatformUser user, long workstationId) {
        if (!user.has(Role.ADMIN)) {
            support.access.requireLiaison(user, workstationId);
        }
    }

    @Transactional
    void removeDuty(PlatformUser liaison, long dutyId) {
        DutyView duty = mapper.findDuty(dutyId);
        if (duty == null) {
            throw ApiException.notFound("值班安排");
        }
        requireRosterKeeper(liaison, duty.workstationId());
        if (duty.dutyDate().isBefore(support.today())) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "已过去的值班记录不能删除");
        }
        mapper.deleteDuty(dutyId);
    }
}
