package org.cppcc.platform.proposal.internal;

import java.time.LocalDateTime;
import java.util.List;
import jakarta.validation.Valid;

import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ReplyClass;
import org.cppcc.platform.proposal.ReplyStatus;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public site's proposals: published ones only, with their sent replies; no login. */
@RestController
@RequestMapping("/api/public/proposals")
@Transactional(readOnly = true)
class PublicProposalController {

    private final ProposalMapper proposals;
    private final HandlingMapper handling;
    private final OrganisationDirectory directory;

    PublicProposalController(ProposalMapper proposals, HandlingMapper handling, OrganisationDirectory directory) {
        this.proposals = proposals;
        this.handling = handling;
        this.directory = directory;
    }

    record PublicReply(
            String unitName,
            String referenceNumber,
            String title,
            ReplyClass replyClass,
            String body,
            String signingLeader,
            LocalDateTime sentAt) {}

    record PublicProposalView(
            long id,
            String sessionName,
            Integer proposalNumber,
            String title,
            String categoryLabel,
            String proposerName,
            String situation,
            String analysis,
            String suggestions,
            LocalDateTime publishedAt,
            List<PublicReply> replies) {}

    @GetMapping
    PageResult<ProposalSummaryView> list(@Valid PageQuery page, @RequestParam(required = false) String category) {
        ProposalSearch search = new ProposalSearch();
        search.scope = ProposalSearch.Scope.PUBLISHED;
        // The public statistics board opens a category's published proposals.
        search.category = category;
        search.like = page.likePattern();
        search.offset = page.offset();
        search.limit = page.sizeOrDefault();
        return page.resultOfBoundedCount(proposals.search(search), proposals.count(search));
    }

    @GetMapping("/{id}")
    PublicProposalView get(@PathVariable long id) {
        ProposalRow p = proposals.findById(id);
        if (p == null || p.state != ProposalState.PUBLISHED) {
            throw ApiException.notFound("公开提案");
        }
        String proposer = p.bodyName != null
                ? p.bodyName
                : directory
                        .member(p.leadMemberId)
                        .map(OrganisationDirectory.MemberRef::name)
                        .orElse("");
        String category = directory.dictionary("PROPOSAL_CATEGORY").stream()
                .filter(e -> e.code().equals(p.category))
                .map(OrganisationDirectory.DictionaryEntry::label)
                .findFirst()
                .orElse(p.category);
        List<AssignmentRow> assignments = proposals.assignments(id);
        List<PublicReply> replies = handling.replies(id).stream()
                .filter(r -> r.status == ReplyStatus.SENT && r.handlingRound == p.handlingRound)
                .map(r -> new PublicReply(
                        assignments.stream()
                                .filter(a -> a.id == r.assignmentId)
                                .map(a -> a.unitName)
                                .findFirst()
                                .orElse(""),
                        r.referenceNumber,
                        r.title,
                        r.effectiveClass(),
                        r.body,
                        r.signingLeader,
                        r.sentAt))
                .toList();
        return new PublicProposalView(
                p.id,
                directory.session(p.sessionId).map(s -> s.name()).orElse(""),
                p.proposalNumber,
                p.title,
                category,
                proposer,
                p.situation,
                p.analysis,
                p.suggestions,
                p.publishedAt,
                replies);
    }
}
