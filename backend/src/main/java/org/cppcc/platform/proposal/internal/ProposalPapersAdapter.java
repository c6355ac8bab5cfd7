package org.cppcc.platform.proposal.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.CommitteeSession;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.CosignerStatus;
import org.cppcc.platform.proposal.ProposalPaper;
import org.cppcc.platform.proposal.ProposalPapers;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.proposal.ReplyStatus;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The proposal module's side of the official documents: the same visibility rules as its screens. */
@Service
@Transactional(readOnly = true)
class ProposalPapersAdapter implements ProposalPapers {

    private final ProposalMapper proposals;
    private final HandlingMapper handling;
    private final HandlingQueries handlingQueries;
    private final ProposalAccess access;
    private final OrganisationDirectory directory;
    private final BatchMapper batches;

    ProposalPapersAdapter(
            BatchMapper batches,
            ProposalMapper proposals,
            HandlingMapper handling,
            HandlingQueries handlingQueries,
            ProposalAccess access,
            OrganisationDirectory directory) {
        this.proposals = proposals;
        this.handling = handling;
        this.handlingQueries = handlingQueries;
        this.access = access;
        this.directory = directory;
        this.batches = batches;
    }

    @Override
    public ProposalPaper proposal(PlatformUser viewer, long proposalId, boolean withReplies) {
        ProposalRow row = access.viewable(viewer, proposalId);
        List<ReplyRow> replies =
                withReplies ? handlingQueries.handling(viewer, proposalId).replies() : List.of();
        return paper(row, categories(), replies);
    }

    @Override
    public ProposalPaper.Reply reply(PlatformUser viewer, long assignmentId) {
        AssignmentRow assignment = proposals.findAssignment(assignmentId);
        if (assignment == null) {
            throw ApiException.notFound("答复");
        }
        ProposalRow row = access.viewable(viewer, assignment.proposalId);
        List<ReplyRow> visible = handlingQueries.handling(viewer, row.id).replies();
        ProposalPaper paper = paper(row, Map.of(), visible);
        return paper.replies().stream()
                .filter(r -> r.assignmentId() == assignmentId)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("答复"));
    }

    @Override
    public List<ProposalPapers.HandedOver> handedTo(PlatformUser viewer, long unitId, long sessionId) {
        boolean staff = viewer.has(Role.PROPOSAL_OFFICE) || viewer.has(Role.LEADER);
        boolean ownUnit = viewer.has(Role.HANDLING_UNIT) && Objects.equals(viewer.unitId(), unitId);
        if (!staff && !ownUnit || directory.unit(unitId).isEmpty()) {
            throw ApiException.notFound("承办单位");
        }
        return proposals.unitAssignmentsInSession(unitId, sessionId).stream()
                .map(this::handedOver)
                .toList();
    }

    @Override
    public ProposalPapers.AssignmentBatch batch(PlatformUser viewer, long batchId) {
        boolean staff = viewer.has(Role.PROPOSAL_OFFICE) || viewer.has(Role.LEADER);
        Long ownUnit = viewer.has(Role.HANDLING_UNIT) ? viewer.unitId() : null;
        BatchMapper.BatchRow batch = batches.findBatch(batchId);
        if (batch == null || !staff && ownUnit == null) {
            throw ApiException.notFound("交办会");
        }
        Map<Long, List<AssignmentRow>> byUnit = new LinkedHashMap<>();
        for (AssignmentRow a : batches.batchAssignments(batchId)) {
            if (staff || Objects.equals(a.unitId, ownUnit)) {
                byUnit.computeIfAbsent(a.unitId, k -> new ArrayList<>()).add(a);
            }
        }
        if (byUnit.isEmpty() && !staff) {
            throw ApiException.notFound("交办会");
        }
        List<ProposalPapers.UnitShare> units = byUnit.values().stream()
                .map(list -> new ProposalPapers.UnitShare(
                        list.get(0).unitId,
                        list.get(0).unitName,
                        list.stream().map(this::handedOver).toList()))
                .toList();
        return new ProposalPapers.AssignmentBatch(
                batch.id, batch.name, batch.meetingDate, batch.createdByName, batch.createdAt, units);
    }

    private ProposalPapers.HandedOver handedOver(AssignmentRow a) {
        ProposalRow p = proposals.findById(a.proposalId);
        String others = proposals.assignments(p.id).stream()
                .filter(o -> o.handlingRound == a.handlingRound && o.unitId != a.unitId)
                .filter(o -> o.status != AssignmentStatus.RETURNED)
                .map(o -> o.unitName)
                .collect(Collectors.joining("、"));
        return new ProposalPapers.HandedOver(
                p.id,
                p.proposalNumber,
                p.title,
                proposer(p),
                a.unitRole,
                others,
                a.signDueDate,
                a.replyDueDate,
                a.createdAt,
                a.status);
    }

    @Override
    public List<ProposalPaper> session(PlatformUser viewer, long sessionId, boolean withReplies) {
        if (!viewer.has(Role.PROPOSAL_OFFICE) && !viewer.has(Role.LEADER)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有提案委员会办公室或领导可以生成提案汇编");
        }
        if (directory.session(sessionId).isEmpty()) {
            throw ApiException.notFound("届次");
        }
        Map<String, String> categories = categories();
        return proposals.registeredOfSession(sessionId).stream()
                .map(p -> paper(
                        p,
                        categories,
                        withReplies
                                ? handling.replies(p.id).stream()
                                        .filter(r -> r.status == ReplyStatus.SENT)
                                        .toList()
                                : List.of()))
                .toList();
    }

    private Map<String, String> categories() {
        return directory.dictionary("PROPOSAL_CATEGORY").stream()
                .collect(Collectors.toMap(
                        OrganisationDirectory.DictionaryEntry::code,
                        OrganisationDirectory.DictionaryEntry::label,
                        (a, b) -> a));
    }

    private ProposalPaper paper(ProposalRow p, Map<String, String> categories, List<ReplyRow> replies) {
        String sessionName =
                directory.session(p.sessionId).map(CommitteeSession::name).orElse("");
        OrganisationDirectory.MemberRef lead =
                p.leadMemberId == null ? null : directory.member(p.leadMemberId).orElse(null);
        List<AssignmentRow> assignments = proposals.assignments(p.id);
        Predicate<AssignmentRow> current =
                a -> a.handlingRound == p.handlingRound && a.status != AssignmentStatus.RETURNED;
        List<ProposalPaper.Unit> units = assignments.stream()
                .filter(current)
                .map(a -> new ProposalPaper.Unit(a.unitId, a.unitName, a.unitRole, a.replyDueDate))
                .toList();
        String proposer = proposer(p, lead);
        List<ProposalPaper.Reply> letters = replies.stream()
                .sorted(Comparator.comparingInt((ReplyRow r) -> r.handlingRound).thenComparing(r -> r.id))
                .map(r -> {
                    AssignmentRow own = assignments.stream()
                            .filter(a -> a.id.equals(r.assignmentId))
                            .findFirst()
                            .orElse(null);
                    List<String> others = assignments.stream()
                            .filter(a -> own != null
                                    && a.handlingRound == own.handlingRound
                                    && !a.id.equals(own.id)
                                    && a.status != AssignmentStatus.RETURNED)
                            .map(a -> a.unitName)
                            .toList();
                    return new ProposalPaper.Reply(
                            r.assignmentId,
                            p.id,
                            p.proposalNumber,
                            p.title,
                            sessionName,
                            proposer,
                            p.proposerType,
                            own == null ? "" : own.unitName,
                            own == null ? null : own.unitRole,
                            others,
                            r.referenceNumber,
                            r.title,
                            r.effectiveClass(),
                            r.body,
                            r.signingLeader,
                            r.officer,
                            r.officerPhone,
                            r.status,
                            (r.sentAt != null ? r.sentAt : r.updatedAt != null ? r.updatedAt : r.createdAt)
                                    .toLocalDate());
                })
                .toList();
        return new ProposalPaper(
                p.id,
                p.sessionId,
                sessionName,
                p.proposalNumber,
                categories.getOrDefault(p.category, p.category),
                p.title,
                p.proposerType,
                proposer,
                lead == null ? null : lead.sectorName(),
                p.contactPerson,
                p.contactPhone,
                proposals.cosigners(p.id).stream()
                        .filter(c -> c.status() == CosignerStatus.CONFIRMED || c.status() == CosignerStatus.MERGED)
                        .map(c -> new ProposalPaper.Person(c.name(), c.sectorName()))
                        .toList(),
                p.situation,
                p.analysis,
                p.suggestions,
                p.state.label(),
                p.decisionComment,
                p.submittedAt,
                p.registeredAt,
                units,
                letters);
    }

    private String proposer(ProposalRow p) {
        return proposer(
                p,
                p.leadMemberId == null ? null : directory.member(p.leadMemberId).orElse(null));
    }

    private static String proposer(ProposalRow p, OrganisationDirectory.MemberRef lead) {
        if (p.proposerType == ProposerType.COLLECTIVE || lead == null) {
            return p.bodyName;
        }
        return lead.name();
    }
}
