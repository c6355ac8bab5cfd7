package org.cppcc.platform.consultation;

import java.util.List;

import org.cppcc.platform.account.PlatformUser;

/**
 * Everything a person can do to a matter, each a state change, its history entry and its Flowable step
 * in one transaction. Refusals are {@link org.cppcc.platform.shared.error.ApiException}s: 403 for the
 * wrong person or workstation, 409 for the wrong state, 400 for bad input; nothing changes then.
 * Rate limits of the public site are the web layer's; callers here are trusted.
 */
public interface ConsultationActions {

    /** Step 1 online: {@code resident} is the signed-in resident, or null for a visitor without an account. */
    RaisedMatter raise(PlatformUser resident, MatterForm form, List<PhotoUpload> photos);

    /** Step 1 at a reception: duty staff of the workstation log what a resident told them. */
    RaisedMatter logReception(PlatformUser staff, MatterForm form, List<PhotoUpload> photos);

    void triage(PlatformUser staff, long matterId, TriageDecision decision);

    long scheduleMeeting(PlatformUser liaison, long matterId, MeetingPlan plan);

    void recordMinutes(PlatformUser liaison, long meetingId, Minutes minutes);

    /** Returns the new actions' ids, in the order given. */
    List<Long> decide(PlatformUser liaison, long matterId, DecisionForm decision);

    void publish(PlatformUser liaison, long matterId);

    void reportProgress(PlatformUser unit, long actionId, ProgressReport report, List<PhotoUpload> photos);

    void evaluate(long matterId, ResidentEvaluation evaluation);

    void evaluate(PlatformUser member, long matterId, MemberEvaluation evaluation);

    void conclude(PlatformUser liaison, long matterId, ConclusionForm conclusion);

    long addDuty(PlatformUser liaison, long workstationId, DutyForm duty);

    void removeDuty(PlatformUser liaison, long dutyId);
}
