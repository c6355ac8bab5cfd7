package org.cppcc.platform.appraisal.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cppcc.platform.account.AccountContact;
import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.appraisal.events.ProposalAwarded;
import org.cppcc.platform.appraisal.internal.AppraisalRows.AwardRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.NominationRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.ReviewRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.RoundRow;
import org.cppcc.platform.appraisal.internal.AssessmentService.HistoryView;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.OrganisationNames;
import org.cppcc.platform.proposal.ProposalMerits;
import org.cppcc.platform.proposal.ProposalMerits.Merits;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 优秀提案: the office opens a round for a year (and optionally a session); the office, handling units (for proposals
 * they handled) and members (for registered proposals they are not a proposer of) nominate; the office appoints
 * reviewers (office staff or leaders) and starts the review; reviewers score; the office records the chair's meeting
 * decision on every nomination; publishing puts the awards on the public list and publishes {@link ProposalAwarded}.
 * A unit or member sees only the nominations it made; the office and leaders see all.
 */
@Service
class AwardService {

    private final AppraisalMapper store;
    private final ProposalMerits proposals;
    private final AccountService accounts;
    private final OrganisationDirectory directory;
    private final OrganisationNames names;
    private final AppraisalHistory history;
    private final ApplicationEventPublisher events;

    AwardService(
            AppraisalMapper store,
            ProposalMerits proposals,
            AccountService accounts,
            OrganisationDirectory directory,
            OrganisationNames names,
            AppraisalHistory history,
            ApplicationEventPublisher events) {
        this.store = store;
        this.proposals = proposals;
        this.accounts = accounts;
        this.directory = directory;
        this.names = names;
        this.history = history;
        this.events = events;
    }

    record RoundSummary(
            long id, int year, Long sessionId, String sessionName, String name, RoundState state, int nominations) {}

    record ReviewView(long reviewerId, String reviewerName, int score, String comment, LocalDateTime at) {}

    record NominationView(
            long id,
            long proposalId,
            Integer proposalNumber,
            String proposalTitle,
            NominatorKind nominatorKind,
            String nominatorName,
            String reason,
            LocalDateTime at,
            Double averageScore,
            List<ReviewView> reviews,
            Boolean awarded,
            String decisionNote) {}

    record Reviewer(long id, String name) {}

    record RoundView(
            long id,
            int year,
            Long sessionId,
            String sessionName,
            String name,
            RoundState state,
            LocalDate meetingDate,
            String meetingNote,
            LocalDateTime publishedAt,
            List<Reviewer> reviewers,
            boolean canReview,
            List<NominationView> nominations) {}

    record Award(
            long proposalId,
            Integer proposalNumber,
            String proposalTitle,
            int year,
            long roundId,
            String roundName,
            LocalDate meetingDate) {}

    @Transactional(readOnly = true)
    List<RoundSummary> rounds(PlatformUser viewer) {
        List<RoundRow> rounds = store.rounds();
        Map<Long, String> sessions = names.sessions(
                rounds.stream().map(r -> r.sessionId).filter(id -> id != null).collect(Collectors.toSet()));
        return rounds.stream()
                .map(r -> new RoundSummary(
                        r.id,
                        r.awardYear,
                        r.sessionId,
                        r.sessionId == null ? null : sessions.get(r.sessionId),
                        r.name,
                        r.state,
                        visible(viewer, r, store.nominations(r.id)).size()))
                .toList();
    }

    @Transactional
    RoundView open(PlatformUser office, AppraisalForms.Round form) {
        if (form.sessionId() != null && directory.session(form.sessionId()).isEmpty()) {
            throw ApiException.invalid("sessionId", "届次不存在");
        }
        RoundRow row = new RoundRow();
        row.awardYear = form.year();
        row.sessionId = form.sessionId();
        row.name = form.name().strip();
        row.state = RoundState.NOMINATING;
        row.openedBy = office.id();
        row.openedAt = history.now();
        store.insertRound(row);
        history.record(office, AppraisalHistory.ROUND, row.id, "OPENED", "开启优秀提案评选：" + row.name);
        return round(office, row.id);
    }

    @Transactional(readOnly = true)
    RoundView round(PlatformUser viewer, long roundId) {
        RoundRow r = store.round(roundId);
        if (r == null) {
            throw ApiException.notFound("优秀提案评选");
        }
        List<Long> reviewerIds = store.reviewers(roundId);
        boolean seesReviews = viewer.has(Role.PROPOSAL_OFFICE) || reviewerIds.contains(viewer.id());
        List<NominationRow> nominations = visible(viewer, r, store.nominations(roundId));
        Map<Long, List<ReviewRow>> reviews = new HashMap<>();
        if (seesReviews) {
            store.reviews(roundId)
                    .forEach(v -> reviews.computeIfAbsent(v.nominationId, k -> new ArrayList<>())
                            .add(v));
        }
        Set<Long> people = new LinkedHashSet<>(reviewerIds);
        nominations.forEach(n -> people.add(n.nominatedBy));
        Map<Long, String> peopleNames = accounts.contacts(people).stream()
                .collect(Collectors.toMap(AccountContact::id, AccountContact::displayName));
        Map<Long, String> unitNames = names.units(nominations.stream()
                .map(n -> n.nominatorUnitId)
                .filter(id -> id != null)
                .collect(Collectors.toSet()));
        // a decision is the office's and the reviewers' to see until the round is published
        boolean seesDecision = seesReviews || viewer.has(Role.LEADER) || r.state == RoundState.PUBLISHED;
        return new RoundView(
                r.id,
                r.awardYear,
                r.sessionId,
                r.sessionId == null
                        ? null
                        : names.sessions(List.of(r.sessionId)).get(r.sessionId),
                r.name,
                r.state,
                seesDecision ? r.meetingDate : null,
                seesDecision ? r.meetingNote : null,
                r.publishedAt,
                reviewerIds.stream()
                        .map(id -> new Reviewer(id, peopleNames.get(id)))
                        .toList(),
                r.state == RoundState.REVIEWING && reviewerIds.contains(viewer.id()),
                nominations.stream()
                        .map(n -> {
                            List<ReviewRow> own = reviews.getOrDefault(n.id, List.of());
                            return new NominationView(
                                    n.id,
                                    n.proposalId,
                                    n.proposalNumber,
                                    n.proposalTitle,
                                    n.nominatorKind,
                                    n.nominatorKind == NominatorKind.UNIT
                                            ? unitNames.get(n.nominatorUnitId)
                                            : peopleNames.get(n.nominatedBy),
                                    n.reason,
                                    n.createdAt,
                                    own.isEmpty()
                                            ? null
                                            : Math.round(own.stream()
                                                                    .mapToInt(v -> v.score)
                                                                    .average()
                                                                    .orElse(0)
                                                            * 10)
                                                    / 10.0,
                                    own.stream()
                                            .map(v -> new ReviewView(
                                                    v.reviewerId,
                                                    peopleNames.get(v.reviewerId),
                                                    v.score,
                                                    v.reviewComment,
                                                    v.reviewedAt))
                                            .toList(),
                                    seesDecision ? n.awarded : null,
                                    seesDecision ? n.decisionNote : null);
                        })
                        .toList());
    }

    @Transactional
    void nominate(PlatformUser user, long roundId, AppraisalForms.Nomination form) {
        RoundRow r = lock(roundId);
        if (r.state != RoundState.NOMINATING) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该评选已停止推荐");
        }
        Merits p = proposals
                .merits(form.proposalId())
                .filter(Merits::registered)
                .orElseThrow(() -> ApiException.invalid("proposalId", "只能推荐已立案的提案"));
        if (r.sessionId != null && p.sessionId() != r.sessionId) {
            throw ApiException.invalid("proposalId", "该提案不属于本次评选的届次");
        }
        NominatorKind kind;
        Long unitId = null;
        if (user.has(Role.PROPOSAL_OFFICE)) {
            kind = NominatorKind.OFFICE;
        } else if (user.has(Role.HANDLING_UNIT) && user.unitId() != null) {
            if (!p.handlingUnitIds().contains(user.unitId())) {
                throw ApiException.invalid("proposalId", "承办单位只能推荐本单位办理的提案");
            }
            kind = NominatorKind.UNIT;
            unitId = user.unitId();
        } else if (user.has(Role.MEMBER)) {
            if (p.proposerAccountIds().contains(user.id())) {
                throw ApiException.invalid("proposalId", "委员不能推荐本人提出或联名的提案");
            }
            kind = NominatorKind.MEMBER;
        } else {
            throw new ApiException(ErrorCode.FORBIDDEN, "无权推荐优秀提案");
        }
        if (store.nominated(roundId, p.id())) {
            throw ApiException.duplicate("proposalId", "该提案已被推荐");
        }
        NominationRow row = new NominationRow();
        row.roundId = roundId;
        row.proposalId = p.id();
        row.proposalNumber = p.number();
        row.proposalTitle = p.title();
        row.nominatorKind = kind;
        row.nominatedBy = user.id();
        row.nominatorUnitId = unitId;
        row.reason = form.reason().strip();
        row.createdAt = history.now();
        store.insertNomination(row);
        history.record(
                user,
                AppraisalHistory.ROUND,
                roundId,
                "NOMINATED",
                kind.label() + "：" + label(p.number(), p.title()) + "。理由：" + row.reason);
    }

    /** Who may review a round: the enabled accounts of the proposal office and the leaders, by name. */
    List<Reviewer> reviewerCandidates() {
        return accounts.contacts(eligibleReviewers()).stream()
                .filter(AccountContact::enabled)
                .map(c -> new Reviewer(c.id(), c.displayName()))
                .toList();
    }

    private Set<Long> eligibleReviewers() {
        Set<Long> eligible = new LinkedHashSet<>(accounts.accountsWithRole(Role.PROPOSAL_OFFICE));
        eligible.addAll(accounts.accountsWithRole(Role.LEADER));
        return eligible;
    }

    @Transactional
    void startReview(PlatformUser office, long roundId, AppraisalForms.Reviewers form) {
        RoundRow r = lock(roundId);
        Set<Long> ids = new LinkedHashSet<>(form.reviewerIds());
        if (!eligibleReviewers().containsAll(ids)) {
            throw ApiException.invalid("reviewerIds", "评审人只能是提案委工作人员或领导");
        }
        if (store.nominations(roundId).isEmpty()) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "尚无推荐的提案，不能开始评审");
        }
        if (store.setRoundState(roundId, RoundState.NOMINATING, RoundState.REVIEWING) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "只有推荐中的评选可以开始评审");
        }
        ids.forEach(id -> store.insertReviewer(roundId, id));
        Map<Long, String> reviewerNames = accounts.contacts(ids).stream()
                .collect(Collectors.toMap(AccountContact::id, AccountContact::displayName));
        history.record(
                office,
                AppraisalHistory.ROUND,
                r.id,
                "REVIEW_STARTED",
                "开始评审，评审人：" + ids.stream().map(reviewerNames::get).collect(Collectors.joining("、")));
    }

    @Transactional
    void review(PlatformUser reviewer, long nominationId, AppraisalForms.Review form) {
        NominationRow n = store.nomination(nominationId);
        if (n == null) {
            throw ApiException.notFound("推荐");
        }
        RoundRow r = lock(n.roundId);
        if (!store.reviewers(r.id).contains(reviewer.id())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "您不是本次评选的评审人");
        }
        if (r.state != RoundState.REVIEWING) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该评选不在评审阶段");
        }
        ReviewRow row = new ReviewRow();
        row.nominationId = nominationId;
        row.reviewerId = reviewer.id();
        row.score = form.score();
        row.reviewComment = AssessmentService.blankToNull(form.comment());
        row.reviewedAt = history.now();
        boolean revised = store.updateReview(row) == 1;
        if (!revised) {
            store.insertReview(row);
        }
        history.record(
                reviewer,
                AppraisalHistory.ROUND,
                r.id,
                revised ? "REVIEW_REVISED" : "REVIEWED",
                label(n.proposalNumber, n.proposalTitle) + " 评分" + row.score
                        + (row.reviewComment == null ? "" : "：" + row.reviewComment));
    }

    /** The chair's meeting decided on every nomination of the round. */
    @Transactional
    void decide(PlatformUser office, long roundId, AppraisalForms.Decision form) {
        RoundRow r = lock(roundId);
        if (form.meetingDate().isAfter(history.now().toLocalDate())) {
            throw ApiException.invalid("meetingDate", "会议日期不能晚于今天");
        }
        Map<Long, NominationRow> nominations =
                store.nominations(roundId).stream().collect(Collectors.toMap(n -> n.id, n -> n));
        Map<Long, AppraisalForms.Verdict> verdicts = new HashMap<>();
        for (AppraisalForms.Verdict v : form.verdicts()) {
            if (!nominations.containsKey(v.nominationId())) {
                throw ApiException.invalid("verdicts", "审定结果中有不属于本次评选的推荐");
            }
            verdicts.put(v.nominationId(), v);
        }
        if (!verdicts.keySet().equals(nominations.keySet())) {
            throw ApiException.invalid("verdicts", "请对每一件推荐的提案作出审定");
        }
        if (store.setRoundState(roundId, RoundState.REVIEWING, RoundState.DECIDED) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "只有评审中的评选可以记录主席会议审定结果");
        }
        store.setMeeting(roundId, form.meetingDate(), form.meetingNote().strip());
        List<String> awarded = new ArrayList<>();
        for (AppraisalForms.Verdict v : form.verdicts()) {
            store.decide(v.nominationId(), v.awarded(), AssessmentService.blankToNull(v.note()), history.now());
            if (v.awarded()) {
                NominationRow n = nominations.get(v.nominationId());
                awarded.add(label(n.proposalNumber, n.proposalTitle));
            }
        }
        history.record(
                office,
                AppraisalHistory.ROUND,
                r.id,
                "DECIDED",
                "主席会议（" + form.meetingDate() + "）审定：评为优秀提案" + awarded.size() + "件"
                        + (awarded.isEmpty() ? "" : "（" + String.join("、", awarded) + "）") + "。"
                        + form.meetingNote().strip());
    }

    /** Publishes the awards: the public list shows them, and each award is an event (notices, duty records). */
    @Transactional
    void publish(PlatformUser office, long roundId) {
        RoundRow r = lock(roundId);
        if (store.setRoundState(roundId, RoundState.DECIDED, RoundState.PUBLISHED) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "只有已审定的评选可以公布");
        }
        LocalDateTime now = history.now();
        store.setPublished(roundId, now);
        int count = 0;
        for (NominationRow n : store.nominations(roundId)) {
            if (!Boolean.TRUE.equals(n.awarded)) {
                continue;
            }
            Merits p = proposals.merits(n.proposalId).orElseThrow();
            events.publishEvent(new ProposalAwarded(
                    UUID.randomUUID(),
                    n.proposalId,
                    n.proposalNumber,
                    n.proposalTitle,
                    r.awardYear,
                    r.id,
                    r.name,
                    r.meetingDate,
                    p.proposerAccountIds(),
                    p.proposerMemberIds(),
                    office.id(),
                    now));
            count++;
        }
        history.record(office, AppraisalHistory.ROUND, r.id, "PUBLISHED", "公布优秀提案" + count + "件");
    }

    @Transactional(readOnly = true)
    List<HistoryView> history(long roundId) {
        if (store.round(roundId) == null) {
            throw ApiException.notFound("优秀提案评选");
        }
        return AssessmentService.views(store.history(AppraisalHistory.ROUND, roundId));
    }

    @Transactional(readOnly = true)
    List<Award> published(Integer year) {
        return store.publishedAwards(year).stream().map(AwardService::award).toList();
    }

    @Transactional(readOnly = true)
    List<Award> ofProposal(long proposalId) {
        return store.awardsOfProposal(proposalId).stream()
                .map(AwardService::award)
                .toList();
    }

    private static Award award(AwardRow a) {
        return new Award(
                a.proposalId, a.proposalNumber, a.proposalTitle, a.awardYear, a.roundId, a.roundName, a.meetingDate);
    }

    /** The office and leaders see every nomination; a unit its own unit's, a member their own. */
    private static List<NominationRow> visible(PlatformUser viewer, RoundRow round, List<NominationRow> all) {
        if (viewer.has(Role.PROPOSAL_OFFICE) || viewer.has(Role.LEADER)) {
            return all;
        }
        return all.stream()
                .filter(n -> n.nominatedBy == viewer.id()
                        || (viewer.unitId() != null && viewer.unitId().equals(n.nominatorUnitId)))
                .toList();
    }

    private RoundRow lock(long roundId) {
        RoundRow r = store.lockRound(roundId);
        if (r == null) {
            throw ApiException.notFound("优秀提案评选");
        }
        return r;
    }

    private static String label(Integer number, String title) {
        return (number == null ? "" : "第" + number + "号") + "「" + title + "」";
    }
}
