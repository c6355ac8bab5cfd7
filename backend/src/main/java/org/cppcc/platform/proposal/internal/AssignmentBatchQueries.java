package org.cppcc.platform.proposal.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.proposal.UnitRole;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the 交办会 screen reads: proposals waiting for assignment (with suggested units) and the batches held. */
@Service
@Transactional(readOnly = true)
class AssignmentBatchQueries {

    static final int MAX_CANDIDATES = 500;

    private final BatchMapper batches;
    private final ProposalMapper proposals;
    private final OrganisationDirectory directory;

    AssignmentBatchQueries(BatchMapper batches, ProposalMapper proposals, OrganisationDirectory directory) {
        this.batches = batches;
        this.proposals = proposals;
        this.directory = directory;
    }

    record UnitView(long id, String name) {}

    /** A registered proposal waiting for assignment; {@code suggestedUnits} are the proposer's, in their order. */
    record CandidateView(
            long id,
            long sessionId,
            Integer proposalNumber,
            String title,
            String category,
            String categoryLabel,
            String proposer,
            LocalDateTime registeredAt,
            List<UnitView> suggestedUnits) {}

    record BatchSummary(
            long id,
            String name,
            LocalDate meetingDate,
            String createdByName,
            LocalDateTime createdAt,
            int proposalCount,
            int unitCount) {}

    record BatchUnit(long unitId, String unitName, UnitRole role) {}

    record BatchProposal(long proposalId, Integer proposalNumber, String title, List<BatchUnit> units) {}

    record UnitCount(long unitId, String unitName, int count) {}

    record BatchView(
            long id,
            String name,
            LocalDate meetingDate,
            String note,
            String createdByName,
            LocalDateTime createdAt,
            List<BatchProposal> proposals,
            List<UnitCount> units) {}

    List<CandidateView> candidates(PlatformUser user, Long sessionId, String category, String keyword) {
        ProposalAccess.requireRole(user, Role.PROPOSAL_OFFICE);
        Map<String, String> categories = directory.dictionary("PROPOSAL_CATEGORY").stream()
                .collect(Collectors.toMap(
                        OrganisationDirectory.DictionaryEntry::code,
                        OrganisationDirectory.DictionaryEntry::label,
                        (a, b) -> a));
        return batches
                .candidates(
                        sessionId,
                        blankToNull(category),
                        blankToNull(keyword) == null ? null : keyword.strip(),
                        MAX_CANDIDATES)
                .stream()
                .map(c -> new CandidateView(
                        c.id,
                        c.sessionId,
                        c.proposalNumber,
                        c.title,
                        c.category,
                        categories.getOrDefault(c.category, c.category),
                        proposer(c),
                        c.registeredAt,
                        proposals.suggestedUnits(c.id).stream()
                                .map(id -> directory
                                        .unit(id)
                                        .filter(OrganisationDirectory.UnitRef::enabled)
                                        .map(u -> new UnitView(u.id(), u.name()))
                                        .orElse(null))
                                .filter(u -> u != null)
                                .toList()))
                .toList();
    }

    List<BatchSummary> batches(PlatformUser user) {
        requireStaff(user);
        return batches.batches(200).stream()
                .map(AssignmentBatchQueries::summary)
                .toList();
    }

    BatchView batch(PlatformUser user, long id) {
        requireStaff(user);
        BatchMapper.BatchRow b = batches.findBatch(id);
        if (b == null) {
            throw ApiException.notFound("交办会");
        }
        List<AssignmentRow> assignments = batches.batchAssignments(id);
        Map<Long, List<BatchUnit>> byProposal = new LinkedHashMap<>();
        Map<Long, UnitCount> byUnit = new LinkedHashMap<>();
        for (AssignmentRow a : assignments) {
            byProposal
                    .computeIfAbsent(a.proposalId, k -> new ArrayList<>())
                    .add(new BatchUnit(a.unitId, a.unitName, a.unitRole));
            UnitCount before = byUnit.get(a.unitId);
            byUnit.put(a.unitId, new UnitCount(a.unitId, a.unitName, before == null ? 1 : before.count() + 1));
        }
        List<BatchProposal> list = batches.batchProposals(id).stream()
                .map(proposals::findById)
                .map(p -> new BatchProposal(p.id, p.proposalNumber, p.title, byProposal.getOrDefault(p.id, List.of())))
                .toList();
        return new BatchView(
                b.id, b.name, b.meetingDate, b.note, b.createdByName, b.createdAt, list, List.copyOf(byUnit.values()));
    }

    private static void requireStaff(PlatformUser user) {
        if (!user.has(Role.PROPOSAL_OFFICE) && !user.has(Role.LEADER)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有提案委员会办公室或领导可以查看交办会");
        }
    }

    private static BatchSummary summary(BatchMapper.BatchRow b) {
        return new BatchSummary(
                b.id, b.name, b.meetingDate, b.createdByName, b.createdAt, b.proposalCount, b.unitCount);
    }

    private String proposer(BatchMapper.CandidateRow c) {
        if (ProposerType.COLLECTIVE.name().equals(c.proposerType) || c.leadMemberId == null) {
            return c.bodyName;
        }
        return directory
                .member(c.leadMemberId)
                .map(OrganisationDirectory.MemberRef::name)
                .orElse("");
    }
}
