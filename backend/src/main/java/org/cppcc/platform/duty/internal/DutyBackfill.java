package org.cppcc.platform.duty.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.cppcc.platform.consultation.ConsultationDutyFacts;
import org.cppcc.platform.duty.EntryKind;
import org.cppcc.platform.organisation.MemberProfile;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.proposal.ProposalDutyFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fills the records from what the platform held before the duty module existed (or while its listeners were
 * behind), through the other modules' read interfaces, and takes in the workstation duty roster, which publishes
 * no events: every start, every night, and when the office asks. The source keys are the listeners' own, so
 * running it again, or over facts an event already recorded, adds nothing.
 */
@Component
@EnableScheduling
class DutyBackfill {

    static final String BACKFILL = "BACKFILL";
    private static final Logger log = LoggerFactory.getLogger(DutyBackfill.class);

    private final EntryRecorder recorder;
    private final ProposalDutyFacts proposals;
    private final ConsultationDutyFacts consultation;
    private final OrganisationDirectory directory;
    private final Clock clock;

    DutyBackfill(
            EntryRecorder recorder,
            ProposalDutyFacts proposals,
            ConsultationDutyFacts consultation,
            OrganisationDirectory directory,
            Clock clock) {
        this.recorder = recorder;
        this.proposals = proposals;
        this.consultation = consultation;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        try {
            log.info("duty records: {} entries added from existing data", run());
        } catch (RuntimeException e) {
            // A failed backfill must not stop the platform; the nightly run and the office's button retry it.
            log.warn("duty records: backfill failed", e);
        }
    }

    @Scheduled(cron = "${platform.duty.sync-cron:0 30 0 * * *}")
    void nightly() {
        atStart();
    }

    /** Returns how many entries were new. */
    int run() {
        int added = 0;
        for (ProposalDutyFacts.Authorship p : proposals.submittedProposals()) {
            if (p.leadMemberId() != null) {
                added += add(
                        p.leadMemberId(),
                        EntryKind.PROPOSAL_LED,
                        p.submittedOn(),
                        p.title(),
                        ProposalKeys.authored(p.proposalId(), true));
            }
            for (long m : p.cosignerMemberIds()) {
                added += add(
                        m,
                        EntryKind.PROPOSAL_COSIGNED,
                        p.submittedOn(),
                        p.title(),
                        ProposalKeys.authored(p.proposalId(), false));
            }
            if (p.registeredOn() != null) {
                String title = "第" + p.number() + "号提案「" + p.title() + "」";
                if (p.leadMemberId() != null) {
                    added += add(
                            p.leadMemberId(),
                            EntryKind.PROPOSAL_REGISTERED,
                            p.registeredOn(),
                            title,
                            ProposalKeys.registered(p.proposalId()));
                }
                for (long m : p.cosignerMemberIds()) {
                    added += add(
                            m,
                            EntryKind.PROPOSAL_REGISTERED,
                            p.registeredOn(),
                            title,
                            ProposalKeys.registered(p.proposalId()));
                }
            }
        }
        for (ConsultationDutyFacts.Attendance a : consultation.heldMeetings()) {
            added += add(
                    a.memberId(),
                    EntryKind.CONSULTATION_MEETING,
                    a.heldOn(),
                    "微协商会议：「" + a.topic() + "」",
                    "cmeeting:" + a.meetingId());
        }
        for (ConsultationDutyFacts.RosterDay d : consultation.rosterUntil(LocalDate.now(clock))) {
            added += add(
                    d.memberId(),
                    EntryKind.WORKSTATION_DUTY,
                    d.dutyDate(),
                    d.workstationName() + " " + d.kind().label() + "（"
                            + d.period().label() + "）",
                    "duty:" + d.dutyId());
        }
        Map<Long, Optional<Long>> members = new HashMap<>();
        for (ConsultationDutyFacts.AccountAct t : consultation.triagedMatters()) {
            Optional<Long> m = members.computeIfAbsent(t.accountId(), this::memberOf);
            if (m.isPresent()) {
                added += add(
                        m.get(),
                        EntryKind.MATTER_TRIAGED,
                        t.actedOn(),
                        "受理群众事项「" + t.title() + "」",
                        "triage:" + t.matterId());
            }
        }
        for (ConsultationDutyFacts.AccountAct r : consultation.receptions()) {
            Optional<Long> m = members.computeIfAbsent(r.accountId(), this::memberOf);
            if (m.isPresent()) {
                added += add(
                        m.get(),
                        EntryKind.RECEPTION,
                        r.actedOn(),
                        "现场接待群众「" + r.title() + "」",
                        "reception:" + r.matterId());
            }
        }
        return added;
    }

    private Optional<Long> memberOf(long accountId) {
        return directory.memberOfAccount(accountId).map(MemberProfile::id);
    }

    private int add(long memberId, EntryKind kind, LocalDate on, String title, String key) {
        return recorder.record(memberId, kind, on, title, key, true, BACKFILL) ? 1 : 0;
    }
}
