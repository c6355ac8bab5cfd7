package org.cppcc.platform.consultation.internal;

import java.security.SecureRandom;
import java.util.List;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.consultation.Channel;
import org.cppcc.platform.consultation.MatterForm;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.consultation.PhotoUpload;
import org.cppcc.platform.consultation.RaisedMatter;
import org.cppcc.platform.consultation.events.MatterEvent;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.photo.CheckedPhoto;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step 1, 群众提事: a resident raises a matter online, or duty staff log one raised at a reception. */
@Service
class MatterRaising {

    /** No 0/O, 1/I: a code read out on the phone or copied by hand stays unambiguous. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final int CODE_LENGTH = 10;

    private final MatterSupport support;
    private final ConsultationMapper mapper;
    private final MatterPhotos photos;
    private final SecureRandom random = new SecureRandom();

    MatterRaising(MatterSupport support, MatterPhotos photos) {
        this.support = support;
        this.mapper = support.mapper;
        this.photos = photos;
    }

    @Transactional
    RaisedMatter raise(PlatformUser resident, MatterForm form, List<PhotoUpload> uploads) {
        Views.WorkstationRef workstation = enabledWorkstation(form.workstationId());
        List<CheckedPhoto> checked = photos.check(uploads);
        MatterRow matter = newMatter(form, workstation, Channel.ONLINE);
        boolean withAccount = resident != null && resident.has(Role.RESIDENT);
        matter.raiserAccountId = withAccount ? resident.id() : null;
        return create(matter, checked, withAccount ? resident : null, HistoryAction.RAISE, Role.RESIDENT);
    }

    @Transactional
    RaisedMatter logReception(PlatformUser staff, MatterForm form, List<PhotoUpload> uploads) {
        Views.WorkstationRef workstation = enabledWorkstation(form.workstationId());
        support.access.requireDutyStaff(staff, workstation.id());
        List<CheckedPhoto> checked = photos.check(uploads);
        MatterRow matter = newMatter(form, workstation, Channel.RECEPTION);
        matter.loggedBy = staff.id();
        Role role = support.access.isLiaison(staff, workstation.id()) ? Role.WORKSTATION_LIAISON : Role.MEMBER;
        return create(matter, checked, staff, HistoryAction.LOG_RECEPTION, role);
    }

    private RaisedMatter create(
            MatterRow matter, List<CheckedPhoto> checked, PlatformUser actor, HistoryAction action, Role role) {
        mapper.insertMatter(matter);
        photos.store(matter.id, null, checked, matter.raisedAt);
        matter.processInstanceId = support.workflow.start(matter.id, matter.workstationId);
        mapper.setProcessInstance(matter.id, matter.processInstanceId);
        support.record(matter, actor, role, action, null, checked.isEmpty() ? null : "附照片" + checked.size() + "张");
        support.publish(matter, actor, role, null, f -> new MatterEvent.Raised(f, matter.channel, checked.size()));
        return new RaisedMatter(matter.id, matter.trackingCode);
    }

    private MatterRow newMatter(MatterForm form, Views.WorkstationRef workstation, Channel channel) {
        MatterRow matter = new MatterRow();
        matter.trackingCode = newTrackingCode();
        matter.workstationId = workstation.id();
        matter.title = form.title().strip();
        matter.description = form.description().strip();
        matter.place = form.place().strip();
        matter.contactPhone = form.contactPhone().strip();
        matter.channel = channel;
        matter.state = MatterState.RAISED;
        matter.roundNo = 0;
        matter.raisedAt = support.now();
        matter.updatedAt = matter.raisedAt;
        matter.smsConsentAt = form.wantsSms() ? matter.raisedAt : null;
        return matter;
    }

    private Views.WorkstationRef enabledWorkstation(Long workstationId) {
        Views.WorkstationRef workstation = workstationId == null ? null : mapper.workstation(workstationId);
        if (workstation == null || !workstation.enabled()) {
            throw ApiException.invalid("workstationId", "委员工作站不存在或已停用");
        }
        return workstation;
    }

    private String newTrackingCode() {
        while (true) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            if (!mapper.trackingCodeTaken(code.toString())) {
                return code.toString();
            }
        }
    }
}
