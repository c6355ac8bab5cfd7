package org.cppcc.platform.consultation.internal;

import java.util.List;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.consultation.ConclusionForm;
import org.cppcc.platform.consultation.ConsultationActions;
import org.cppcc.platform.consultation.DecisionForm;
import org.cppcc.platform.consultation.DutyForm;
import org.cppcc.platform.consultation.MatterForm;
import org.cppcc.platform.consultation.MeetingPlan;
import org.cppcc.platform.consultation.MemberEvaluation;
import org.cppcc.platform.consultation.Minutes;
import org.cppcc.platform.consultation.PhotoUpload;
import org.cppcc.platform.consultation.ProgressReport;
import org.cppcc.platform.consultation.RaisedMatter;
import org.cppcc.platform.consultation.ResidentEvaluation;
import org.cppcc.platform.consultation.TriageDecision;
import org.springframework.stereotype.Service;

/**
 * {@link ConsultationActions} for other modules and the demo data: each act goes straight to the side class that
 * owns it (resident, workstation, unit), the same one the module's controllers call.
 */
@Service
class ConsultationActionsAdapter implements ConsultationActions {

    private final MatterRaising raising;
    private final WorkstationCommands station;
    private final ActionProgressCommands units;
    private final MatterEvaluationCommands evaluations;
    private final DutyRosterCommands roster;

    ConsultationActionsAdapter(
            MatterRaising raising,
            WorkstationCommands station,
            ActionProgressCommands units,
            MatterEvaluationCommands evaluations,
            DutyRosterCommands roster) {
        this.raising = raising;
        this.station = station;
        this.units = units;
        this.evaluations = evaluations;
        this.roster = roster;
    }

    @Override
    public RaisedMatter raise(PlatformUser resident, MatterForm form, List<PhotoUpload> photos) {
        return raising.raise(resident, form, photos);
    }

    @Override
    public RaisedMatter logReception(PlatformUser staff, MatterForm form, List<PhotoUpload> photos) {
        return raising.logReception(staff, form, photos);
    }

    @Override
    public void triage(PlatformUser staff, long matterId, TriageDecision decision) {
        station.triage(staff, matterId, decision);
    }

    @Override
    public long scheduleMeeting(PlatformUser liaison, long matterId, MeetingPlan plan) {
        return station.scheduleMeeting(liaison, matterId, plan);
    }

    @Override
    public void recordMinutes(PlatformUser liaison, long meetingId, Minutes minutes) {
        station.recordMinutes(liaison, meetingId, minutes);
    }

    @Override
    public List<Long> decide(PlatformUser liaison, long matterId, DecisionForm decision) {
        return station.decide(liaison, matterId, decision);
    }

    @Override
    public void publish(PlatformUser liaison, long matterId) {
        station.publish(liaison, matterId);
    }

    @Override
    public void reportProgress(PlatformUser unit, long actionId, ProgressReport report, List<PhotoUpload> photos) {
        units.reportProgress(unit, actionId, report, photos);
    }

    @Override
    public void evaluate(long matterId, ResidentEvaluation evaluation) {
        evaluations.evaluate(matterId, evaluation);
    }

    @Override
    public void evaluate(PlatformUser member, long matterId, MemberEvaluation evaluation) {
        evaluations.evaluate(member, matterId, evaluation);
    }

    @Override
    public void conclude(PlatformUser liaison, long matterId, ConclusionForm conclusion) {
        station.conclude(liaison, matterId, conclusion);
    }

    @Override
    public long addDuty(PlatformUser liaison, long workstationId, DutyForm duty) {
        return roster.addDuty(liaison, workstationId, duty);
    }

    @Override
    public void removeDuty(PlatformUser liaison, long dutyId) {
        roster.removeDuty(liaison, dutyId);
    }
}
