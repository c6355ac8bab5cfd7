package org.cppcc.platform.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cppcc.platform.account.Role;
import org.cppcc.platform.consultation.PhoneNumbers;
import org.springframework.stereotype.Component;

/** Builds a matter's detail for one kind of viewer from the platform's tables. */
@Component
class MatterViews {

    /** Who is looking, and so what the detail holds. */
    record Audience(boolean publicSite, boolean seesContact, boolean seesTrackingCode, String photoBase) {

        static Audience visitor() {
            return new Audience(true, false, false, "/api/public/consultation/photos/");
        }

        /** The raiser following their matter with code and phone: their own code, their contact masked. */
        static Audience tracker() {
            return new Audience(true, false, true, "/api/public/consultation/photos/");
        }

        static Audience staff(boolean seesContact) {
            return new Audience(false, seesContact, seesContact, "/api/consultation/photos/");
        }
    }

    private final ConsultationMapper mapper;
    private final Clock clock;

    MatterViews(ConsultationMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    MatterDetailView detail(MatterRow m, Audience audience, List<MatterDetailView.Available> actions) {
        LocalDate today = LocalDate.now(clock);
        List<PhotoRow> photos = mapper.photos(m.id);
        List<DecisionRow> decisions = mapper.decisions(m.id).stream()
                .filter(d -> !audience.publicSite() || d.publishedAt != null)
                .toList();
        Set<Integer> publishedRounds = decisions.stream()
                .filter(d -> d.publishedAt != null)
                .map(d -> d.roundNo)
                .collect(Collectors.toSet());
        Map<Long, List<ParticipantRow>> participants =
                mapper.participantsOfMatter(m.id).stream().collect(Collectors.groupingBy(p -> p.meetingId));
        List<MatterDetailView.Meeting> meetings = mapper.meetings(m.id).stream()
                .map(mt -> {
                    boolean open = !audience.publicSite() || publishedRounds.contains(mt.roundNo);
                    List<MatterDetailView.Participant> people = participants.getOrDefault(mt.id, List.of()).stream()
                            .map(p -> new MatterDetailView.Participant(
                                    p.id,
                                    p.kind,
                                    p.kind.label(),
                                    p.name,
                                    p.memberId,
                                    p.unitId,
                                    open ? p.attended : null,
                                    open ? p.opinion : null))
                            .toList();
                    return new MatterDetailView.Meeting(
                            mt.id,
                            mt.roundNo,
                            mt.topic,
                            mt.scheduledAt,
                            mt.online,
                            mt.place,
                            mt.status.name(),
                            open ? mt.minutes : null,
                            mt.heldAt,
                            people);
                })
                .toList();
        List<ActionRow> actionRecords = mapper.actions(m.id);
        Map<Long, List<ProgressRow>> reports =
                mapper.progress(m.id).stream().collect(Collectors.groupingBy(p -> p.actionId));
        List<MatterDetailView.Decision> decisionViews = decisions.stream()
                .map(d -> new MatterDetailView.Decision(
                        d.id,
                        d.roundNo,
                        d.summary,
                        d.decidedAt,
                        d.publishedAt,
                        actionRecords.stream()
                                .filter(a -> a.decisionId == d.id)
                                .map(a -> new MatterDetailView.Action(
                                        a.id,
                                        a.seq,
                                        a.content,
                                        a.unitId,
                                        a.unitName,
                                        a.workingDays,
                                        a.dueDate,
                                        a.progressPercent,
                                        a.status.name(),
                                        a.status == ActionRow.Status.OPEN
                                                && d.publishedAt != null
                                                && a.dueDate.isBefore(today),
                                        a.doneAt,
                                        reports.getOrDefault(a.id, List.of()).stream()
                                                .map(r -> new MatterDetailView.Report(
                                                        r.id,
                                                        r.percent,
                                                        r.note,
                                                        audience.publicSite() ? a.unitName : r.reporterName,
                                                        r.reportedAt,
                                                        photoViews(photos, r.id, audience)))
                                                .toList()))
                                .toList()))
                .toList();
        MatterRow mergedInto = m.mergedIntoId == null ? null : mapper.findMatter(m.mergedIntoId);
        String proposalMember = m.proposalMemberId == null
                ? null
                : Optional.ofNullable(mapper.member(m.proposalMemberId))
                        .map(Views.MemberLink::name)
                        .orElse(null);
        return new MatterDetailView(
                m.id,
                audience.seesTrackingCode() ? m.trackingCode : null,
                m.title,
                m.description,
                m.place,
                contact(m, audience),
                m.channel,
                m.channel.label(),
                mapper.workstation(m.workstationId),
                m.state,
                m.state.label(),
                m.state.step(),
                m.state.finished(),
                m.roundNo,
                m.triageOutcome,
                m.triageOutcome == null ? null : m.triageOutcome.label(),
                m.triageComment,
                m.triagedAt,
                mergedInto == null ? null : link(mergedInto),
                mergedFrom(m, audience),
                m.proposalId,
                proposalMember,
                m.evaluationClosesOn,
                m.conclusion,
                m.conclusion == null ? null : m.conclusion.label(),
                m.conclusionComment,
                m.closedAgainstRatings,
                m.raisedAt,
                m.closedAt,
                m.updatedAt,
                photoViews(photos, null, audience),
                meetings,
                decisionViews,
                evaluations(m, audience),
                history(m.id, audience),
                actions);
    }

    private static String contact(MatterRow m, Audience audience) {
        if (audience.seesContact()) {
            return m.contactPhone;
        }
        return audience.seesTrackingCode() ? PhoneNumbers.mask(m.contactPhone) : null;
    }

    private List<MatterDetailView.MatterLink> mergedFrom(MatterRow m, Audience audience) {
        return mapper.mergedInto(m.id).stream().map(MatterViews::link).toList();
    }

    private static MatterDetailView.MatterLink link(MatterRow m) {
        return new MatterDetailView.MatterLink(m.id, m.title, m.state, m.state.label());
    }

    private static List<MatterDetailView.Photo> photoViews(List<PhotoRow> photos, Long progressId, Audience audience) {
        return photos.stream()
                .filter(p -> progressId == null ? p.progressId == null : progressId.equals(p.progressId))
                .map(p -> new MatterDetailView.Photo(p.id, p.width, p.height, audience.photoBase() + p.id))
                .toList();
    }

    private MatterDetailView.Evaluations evaluations(MatterRow m, Audience audience) {
        List<EvaluationRow> all = mapper.evaluations(m.id);
        OfficialRatings round = OfficialRatings.of(all, m.roundNo);
        OfficialRatings.Tally official = round.official();
        OfficialRatings.Tally unverified = round.unverified();
        List<MatterDetailView.Rating> ratings = all.stream()
                .map(e -> new MatterDetailView.Rating(
                        e.id,
                        e.roundNo,
                        e.evaluatorKind.name(),
                        OfficialRatings.trusted(e),
                        evaluator(e, audience),
                        e.satisfaction,
                        e.satisfaction.label(),
                        e.comment,
                        e.createdAt))
                .toList();
        return new MatterDetailView.Evaluations(
                m.roundNo,
                official.total(),
                official.satisfied(),
                official.basicallySatisfied(),
                official.unsatisfied(),
                official.rate(),
                round.unsatisfied(),
                new MatterDetailView.Tally(
                        unverified.total(),
                        unverified.satisfied(),
                        unverified.basicallySatisfied(),
                        unverified.unsatisfied(),
                        unverified.rate()),
                ratings);
    }

    private static String evaluator(EvaluationRow e, Audience audience) {
        return switch (e.evaluatorKind) {
            case MEMBER -> "委员" + e.memberName;
            case RAISER -> "提事群众" + (e.phone == null ? "" : " " + PhoneNumbers.mask(e.phone));
            case RESIDENT -> "公众（未核实） " + PhoneNumbers.mask(e.phone);
        };
    }

    /** The public timeline names staff by name and every resident as 群众. */
    List<MatterDetailView.Step> history(long matterId, Audience audience) {
        List<MatterDetailView.Step> steps = new ArrayList<>();
        for (HistoryRow h : mapper.history(matterId)) {
            boolean resident = Role.RESIDENT.name().equals(h.actorRole());
            String name = audience.publicSite() && resident ? MatterSupport.RESIDENT : h.actorName();
            String role =
                    h.actorRole() == null ? null : Role.valueOf(h.actorRole()).label();
            steps.add(new MatterDetailView.Step(
                    h.id(),
                    name,
                    role,
                    h.action(),
                    HistoryAction.valueOf(h.action()).label(),
                    h.fromState(),
                    h.toState(),
                    h.toState() == null ? null : h.toState().label(),
                    h.comment(),
                    h.createdAt()));
        }
        return steps;
    }
}
