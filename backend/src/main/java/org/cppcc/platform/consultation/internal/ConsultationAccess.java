package org.cppcc.platform.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * Who may do what where. A workstation's liaison runs its matters; its duty staff (the liaison, the members
 * stationed there and the members on duty there today) triage and log matters; a unit reports only on its
 * own actions; a resident with an account sees the matters they raised; the proposal office and leaders
 * see every matter and the counts.
 */
@Component
class ConsultationAccess {

    private final ConsultationMapper mapper;
    private final Clock clock;

    ConsultationAccess(ConsultationMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    boolean isLiaison(PlatformUser user, long workstationId) {
        return user.has(Role.WORKSTATION_LIAISON) && mapper.isLiaison(workstationId, user.id());
    }

    /** The member record of a member's account; null for anyone else. */
    Views.MemberLink member(PlatformUser user) {
        if (!user.has(Role.MEMBER)) {
            return null;
        }
        Views.MemberLink member = mapper.memberOfAccount(user.id());
        return member != null && member.enabled() ? member : null;
    }

    boolean isDutyStaff(PlatformUser user, long workstationId) {
        if (isLiaison(user, workstationId)) {
            return true;
        }
        Views.MemberLink member = member(user);
        return member != null
                && (Long.valueOf(workstationId).equals(member.workstationId())
                        || mapper.onDuty(member.memberId(), workstationId, LocalDate.now(clock)));
    }

    /** The workstations whose matters the user handles: as liaison, stationed member, or on duty today. */
    List<Long> staffWorkstations(PlatformUser user) {
        Set<Long> ids = new LinkedHashSet<>();
        if (user.has(Role.WORKSTATION_LIAISON)) {
            ids.addAll(mapper.liaisonWorkstations(user.id()));
        }
        Views.MemberLink member = member(user);
        if (member != null) {
            if (member.workstationId() != null) {
                ids.add(member.workstationId());
            }
            ids.addAll(mapper.dutyWorkstations(member.memberId(), LocalDate.now(clock)));
        }
        return new ArrayList<>(ids);
    }

    boolean seesEverything(PlatformUser user) {
        return user.has(Role.PROPOSAL_OFFICE) || user.has(Role.LEADER);
    }

    boolean unitHasAction(PlatformUser user, long matterId) {
        return user.has(Role.HANDLING_UNIT)
                && user.unitId() != null
                && mapper.actions(matterId).stream().anyMatch(a -> a.unitId == user.unitId());
    }

    boolean isRaiser(PlatformUser user, MatterRow matter) {
        return user.has(Role.RESIDENT) && matter.raiserAccountId != null && matter.raiserAccountId == user.id();
    }

    boolean canView(PlatformUser user, MatterRow matter) {
        return seesEverything(user)
                || isDutyStaff(user, matter.workstationId)
                || isRaiser(user, matter)
                || unitHasAction(user, matter.id);
    }

    /** The resident's own phone number and the tracking code are for the raiser and the workstation's staff. */
    boolean seesContact(PlatformUser user, MatterRow matter) {
        return isDutyStaff(user, matter.workstationId) || isRaiser(user, matter);
    }

    void requireLiaison(PlatformUser user, long workstationId) {
        if (!isLiaison(user, workstationId)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有本工作站的联络员可以进行此操作");
        }
    }

    void requireDutyStaff(PlatformUser user, long workstationId) {
        if (!isDutyStaff(user, workstationId)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有本工作站的联络员、驻站委员或当日值班委员可以进行此操作");
        }
    }

    static void requireState(MatterRow matter, MatterState... allowed) {
        for (MatterState state : allowed) {
            if (matter.state == state) {
                return;
            }
        }
        throw stateConflict(matter.state);
    }

    static ApiException stateConflict(MatterState current) {
        return new ApiException(ErrorCode.STATE_CONFLICT, "事项当前状态为「" + current.label() + "」，不能进行此操作");
    }
}
