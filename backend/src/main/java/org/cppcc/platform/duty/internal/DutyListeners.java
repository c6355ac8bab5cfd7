package org.cppcc.platform.duty.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.cppcc.platform.appraisal.events.ProposalAwarded;
import org.cppcc.platform.consultation.Channel;
import org.cppcc.platform.consultation.ConsultationDutyFacts;
import org.cppcc.platform.consultation.events.MatterEvent;
import org.cppcc.platform.duty.EntryKind;
import org.cppcc.platform.opinion.events.OpinionFacts;
import org.cppcc.platform.opinion.events.OpinionReportEvent;
import org.cppcc.platform.organisation.MemberProfile;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.proposal.events.ProposalFacts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened elsewhere into entries of the members' records. Each fact has a source key, so a
 * redelivered event changes nothing. A new source is one more method here.
 */
@Component
class DutyListeners {

    static final String EVENT = "EVENT";

    private final EntryRecorder recorder;
    private final OrganisationDirectory directory;
    private final ConsultationDutyFacts consultation;

    DutyListeners(EntryRecorder recorder, OrganisationDirectory directory, ConsultationDutyFacts consultation) {
        this.recorder = recorder;
        this.directory = directory;
        this.consultation = consultation;
    }

    /** The lead proposer (the owner, when a member) and every counted co-signer. */
    @ApplicationModuleListener
    void on(ProposalEvent.Submitted e) {
        ProposalFacts f = e.facts();
        LocalDate on = f.occurredAt().toLocalDate();
        for (Long account : f.proposerAccountIds()) {
            boolean lead = account == f.ownerAccountId();
            member(account)
                    .ifPresent(m -> recorder.record(
                            m,
                            lead ? EntryKind.PROPOSAL_LED : EntryKind.PROPOSAL_COSIGNED,
                            on,
                            f.title(),
                            ProposalKeys.authored(f.proposalId(), lead),
                            true,
                            EVENT));
        }
        if (!f.proposerAccountIds().contains(f.ownerAccountId())) {
            member(f.ownerAccountId())
                    .ifPresent(m -> recorder.record(
                            m,
                            EntryKind.PROPOSAL_LED,
                            on,
                            f.title(),
                            ProposalKeys.authored(f.proposalId(), true),
                            true,
                            EVENT));
        }
    }

    /** 社情民意: each author of a submitted report, and again when it is adopted and when a leader instructs on it. */
    @ApplicationModuleListener
    void on(OpinionReportEvent.Submitted e) {
        opinion(e.facts(), EntryKind.OPINION_SUBMITTED, "opinion:" + e.facts().reportId() + ":submitted");
    }

    @ApplicationModuleListener
    void on(OpinionReportEvent.Adopted e) {
        opinion(e.facts(), EntryKind.OPINION_ADOPTED, "opinion:" + e.facts().reportId() + ":adopted");
    }

    /** Every instruction counts apart: a report two leaders instruct on shows twice. */
    @ApplicationModuleListener
    void on(OpinionReportEvent.Instructed e) {
        opinion(
                e.facts(),
                EntryKind.OPINION_INSTRUCTED,
                "opinion:" + e.facts().reportId() + ":instructed:" + e.instructionId());
    }

    private void opinion(OpinionFacts f, EntryKind kind, String sourceKey) {
        for (Long memberId : f.authorMemberIds()) {
            recorder.record(memberId, kind, f.date(), f.label(), sourceKey, true, EVENT);
        }
    }

    /** 优秀提案: every proposer of an awarded proposal, in the year of the award. */
    @ApplicationModuleListener
    void on(ProposalAwarded e) {
        String title = "优秀提案「" + e.proposalTitle() + "」（" + e.roundName() + "）";
        LocalDate on = e.meetingDate() != null ? e.meetingDate() : LocalDate.of(e.year(), 12, 31);
        for (Long memberId : e.proposerMemberIds()) {
            recorder.record(
                    memberId,
                    EntryKind.PROPOSAL_AWARDED,
                    on,
                    title,
                    "proposal:" + e.proposalId() + ":awarded:" + e.roundId(),
                    true,
                    EVENT);
        }
    }

    @ApplicationModuleListener
    void on(ProposalEvent.Registered e) {
        ProposalFacts f = e.facts();
        for (Long account : f.proposerAccountIds()) {
            member(account)
                    .ifPresent(m -> recorder.record(
                            m,
                            EntryKind.PROPOSAL_REGISTERED,
                            f.occurredAt().toLocalDate(),
                            "第" + e.number() + "号提案「" + f.title() + "」",
                            ProposalKeys.registered(f.proposalId()),
                            true,
                            EVENT));
        }
    }

    /** Recorded as pending: it counts once the meeting is held. */
    @ApplicationModuleListener
    void on(ProposalEvent.MeetingScheduled e) {
        for (Long account : e.inviteeAccountIds()) {
            member(account)
                    .ifPresent(m -> recorder.record(
                            m,
                            EntryKind.PREHANDLING_MEETING,
                            e.meetingTime().toLocalDate(),
                            "办前协商会：" + e.facts().label(),
                            "pmeeting:" + e.meetingId(),
                            false,
                            EVENT));
        }
    }

    @ApplicationModuleListener
    void on(ProposalEvent.MeetingHeld e) {
        recorder.markHeld("pmeeting:" + e.meetingId(), e.facts().occurredAt().toLocalDate());
    }

    /** Only the members the minutes mark as attending. */
    @ApplicationModuleListener
    void on(MatterEvent.MeetingHeld e) {
        LocalDate on = e.facts().occurredAt().toLocalDate();
        for (long memberId : consultation.attendedMembers(e.meetingId())) {
            recorder.record(
                    memberId,
                    EntryKind.CONSULTATION_MEETING,
                    on,
                    "微协商会议：" + e.facts().label(),
                    "cmeeting:" + e.meetingId(),
                    true,
                    EVENT);
        }
    }

    @ApplicationModuleListener
    void on(MatterEvent.Triaged e) {
        if (e.facts().actorAccountId() == null) {
            return;
        }
        member(e.facts().actorAccountId())
                .ifPresent(m -> recorder.record(
                        m,
                        EntryKind.MATTER_TRIAGED,
                        e.facts().occurredAt().toLocalDate(),
                        "受理群众事项" + e.facts().label(),
                        "triage:" + e.facts().matterId(),
                        true,
                        EVENT));
    }

    @ApplicationModuleListener
    void on(MatterEvent.Raised e) {
        if (e.channel() != Channel.RECEPTION || e.facts().actorAccountId() == null) {
            return;
        }
        member(e.facts().actorAccountId())
                .ifPresent(m -> recorder.record(
                        m,
                        EntryKind.RECEPTION,
                        e.facts().occurredAt().toLocalDate(),
                        "现场接待群众" + e.facts().label(),
                        "reception:" + e.facts().matterId(),
                        true,
                        EVENT));
    }

    private Optional<Long> member(Long accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        return directory.memberOfAccount(accountId).map(MemberProfile::id);
    }
}
