package org.cppcc.platform.proposal.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.engine.ProcessDiagram;
import org.cppcc.platform.engine.ProcessDiagrams;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.CosignerStatus;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.export.XlsxExport;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists, detail, history, todo and diagram, all from the platform's tables except the diagram's highlights. */
@Service
@Transactional(readOnly = true)
class ProposalQueries {

    private final ProposalMapper proposals;
    private final ProposalAccess access;
    private final OrganisationDirectory directory;
    private final ProcessDiagrams diagrams;
    private final HandlingMapper handling;
    private final UnitOfficers unitOfficers;

    ProposalQueries(
            ProposalMapper proposals,
            ProposalAccess access,
            OrganisationDirectory directory,
            ProcessDiagrams diagrams,
            HandlingMapper handling,
            UnitOfficers unitOfficers) {
        this.handling = handling;
        this.unitOfficers = unitOfficers;
        this.proposals = proposals;
        this.access = access;
        this.directory = directory;
        this.diagrams = diagrams;
    }

    record Filters(
            ProposalSearch.Scope scope,
            Long sessionId,
            ProposalState state,
            String category,
            Long sectorId,
            Long unitId,
            ProposerType proposerType) {}

    PageResult<ProposalSummaryView> search(PlatformUser viewer, Filters filters, PageQuery page) {
        ProposalSearch search = searchFor(viewer, filters, page);
        search.offset = page.offset();
        search.limit = page.sizeOrDefault();
        return page.resultOfBoundedCount(proposals.search(search), proposals.count(search));
    }

    /** The whole list the screen pages through, for the Excel export (refused above the export's cap). */
    List<ProposalSummaryView> all(PlatformUser viewer, Filters filters, PageQuery page) {
        ProposalSearch search = searchFor(viewer, filters, page);
        // The screen's count stops at COUNT_CAP; the export must know whether it passes its own cap.
        search.countLimit = XlsxExport.MAX_ROWS + 1;
        XlsxExport.checkSize(proposals.count(search));
        search.offset = 0;
        search.limit = XlsxExport.MAX_ROWS;
        return proposals.search(search);
    }

    private ProposalSearch searchFor(PlatformUser viewer, Filters filters, PageQuery page) {
        ProposalSearch search = new ProposalSearch();
        search.scope = scopeFor(viewer, filters.scope());
        search.accountId = viewer.id();
        search.memberId = access.memberId(viewer);
        search.unitId = viewer.unitId();
        search.sessionId = filters.sessionId();
        search.state = filters.state();
        search.category = filters.category();
        search.sectorId = filters.sectorId();
        search.assignedUnitId = filters.unitId();
        search.proposerType = filters.proposerType();
        search.like = page.likePattern();
        return search;
    }

    /** The widest scope the viewer's roles allow, unless they ask for a narrower one they hold. */
    private static ProposalSearch.Scope scopeFor(PlatformUser viewer, ProposalSearch.Scope asked) {
        boolean office = viewer.has(Role.PROPOSAL_OFFICE) || viewer.has(Role.LEADER);
        boolean unit = viewer.has(Role.HANDLING_UNIT) && viewer.unitId() != null;
        boolean member = viewer.has(Role.MEMBER);
        if (asked == ProposalSearch.Scope.PUBLISHED) {
            return asked;
        }
        if (asked == ProposalSearch.Scope.SUBMITTED && office
                || asked == ProposalSearch.Scope.UNIT && unit
                || asked == ProposalSearch.Scope.MINE && member) {
            return asked;
        }
        if (asked != null) {
            throw new ApiException(ErrorCode.FORBIDDEN, "无权查看该范围的提案");
        }
        return office ? ProposalSearch.Scope.SUBMITTED : unit ? ProposalSearch.Scope.UNIT : ProposalSearch.Scope.MINE;
    }

    List<TodoItemView> todo(PlatformUser viewer) {
        List<TodoItemView> items = new ArrayList<>();
        if (viewer.has(Role.MEMBER)) {
            items.addAll(proposals.memberTodo(viewer.id(), access.memberId(viewer)));
        }
        if (viewer.has(Role.PROPOSAL_OFFICE)) {
            items.addAll(proposals.officeTodo());
        }
        if (viewer.has(Role.HANDLING_UNIT) && viewer.unitId() != null) {
            items.addAll(unitOfficers.withOfficers(proposals.unitTodo(viewer.unitId())));
        }
        items.addAll(handling.chairTodo(viewer.id()));
        return items;
    }

    ProposalDetailView detail(PlatformUser viewer, long proposalId) {
        ProposalRow p = access.viewable(viewer, proposalId);
        List<CosignerView> cosigners = proposals.cosigners(proposalId);
        List<AssignmentRow> assignments = proposals.assignments(proposalId);
        OrganisationDirectory.MemberRef lead =
                p.leadMemberId == null ? null : directory.member(p.leadMemberId).orElse(null);
        String categoryLabel = directory.dictionary("PROPOSAL_CATEGORY").stream()
                .filter(e -> e.code().equals(p.category))
                .map(OrganisationDirectory.DictionaryEntry::label)
                .findFirst()
                .orElse(p.category);
        List<ProposalDetailView.Unit> suggested = proposals.suggestedUnits(proposalId).stream()
                .map(id -> new ProposalDetailView.Unit(
                        id,
                        directory
                                .unit(id)
                                .map(OrganisationDirectory.UnitRef::name)
                                .orElse("")))
                .toList();
        return new ProposalDetailView(
                p.id,
                p.sessionId,
                directory.session(p.sessionId).map(s -> s.name()).orElse(null),
                p.proposalNumber,
                p.plenary,
                p.category,
                categoryLabel,
                p.title,
                p.situation,
                p.analysis,
                p.suggestions,
                p.proposerType,
                p.leadMemberId,
                lead == null ? null : lead.name(),
                p.bodyKind,
                p.bodyName,
                p.contactPerson,
                p.contactPhone,
                lead == null ? null : lead.sectorName(),
                p.consentPublish,
                p.noPublishReason,
                p.state,
                p.state.label(),
                p.handlingRound,
                p.keyProposal,
                p.mergedIntoId,
                p.convertedTo,
                p.refusalReason,
                p.decisionComment,
                p.submittedAt,
                p.registeredAt,
                p.createdAt,
                p.updatedAt,
                suggested,
                cosigners,
                assignments.stream().map(ProposalQueries::assignmentView).toList(),
                proposals.attachments(proposalId),
                actions(viewer, p, cosigners, assignments));
    }

    private static ProposalDetailView.Assignment assignmentView(AssignmentRow a) {
        return new ProposalDetailView.Assignment(
                a.id,
                a.unitId,
                a.unitName,
                a.unitRole.name(),
                a.status.name(),
                a.handlingRound,
                a.signDueDate,
                a.returnReason,
                a.signedAt,
                a.replacedById);
    }

    /** What the viewer may do now; the commands check all of it again. */
    private List<ProposalDetailView.Action> actions(
            PlatformUser viewer, ProposalRow p, List<CosignerView> cosigners, List<AssignmentRow> assignments) {
        List<ProposalDetailView.Action> actions = new ArrayList<>();
        boolean owner = p.ownerAccountId == viewer.id();
        if (owner && p.state == ProposalState.DRAFT) {
            actions.add(new ProposalDetailView.Action("EDIT", null));
            actions.add(new ProposalDetailView.Action("SUBMIT", null));
        }
        if (owner && p.state == ProposalState.COSIGNING) {
            actions.add(new ProposalDetailView.Action("SUBMIT_FOR_REVIEW", null));
        }
        Long memberId = access.memberId(viewer);
        if (p.state == ProposalState.COSIGNING
                && memberId != null
                && cosigners.stream().anyMatch(c -> c.memberId() == memberId && c.status() == CosignerStatus.INVITED)) {
            actions.add(new ProposalDetailView.Action("ANSWER_INVITATION", null));
        }
        if (viewer.has(Role.PROPOSAL_OFFICE)) {
            if (p.state == ProposalState.UNDER_REVIEW) {
                actions.add(new ProposalDetailView.Action("REVIEW", null));
            }
            if (p.state == ProposalState.ASSIGNMENT) {
                actions.add(new ProposalDetailView.Action("ASSIGN", null));
            }
            assignments.stream()
                    .filter(a -> a.status == AssignmentStatus.RETURN_REQUESTED)
                    .forEach(a -> actions.add(new ProposalDetailView.Action("DECIDE_RETURN", a.id)));
        }
        if (viewer.has(Role.HANDLING_UNIT) && viewer.unitId() != null) {
            assignments.stream()
                    .filter(a -> a.unitId == viewer.unitId() && a.status == AssignmentStatus.AWAITING_SIGN_OFF)
                    .forEach(a -> {
                        actions.add(new ProposalDetailView.Action("SIGN_FOR", a.id));
                        actions.add(new ProposalDetailView.Action("REQUEST_RETURN", a.id));
                    });
        }
        return actions;
    }

    List<TimelineEntryView> history(PlatformUser viewer, long proposalId) {
        access.viewable(viewer, proposalId);
        return proposals.history(proposalId).stream().map(TimelineEntryView::of).toList();
    }

    record TimelineEntryView(
            long id,
            String actorName,
            String actorRole,
            String actorRoleLabel,
            String onBehalfOf,
            String action,
            String actionLabel,
            ProposalState fromState,
            ProposalState toState,
            String toStateLabel,
            String comment,
            LocalDateTime createdAt) {

        static TimelineEntryView of(HistoryRow e) {
            String roleLabel =
                    e.actorRole() == null ? null : Role.valueOf(e.actorRole()).label();
            return new TimelineEntryView(
                    e.id(),
                    e.actorName(),
                    e.actorRole(),
                    roleLabel,
                    e.onBehalfOf(),
                    e.action(),
                    HistoryAction.valueOf(e.action()).label(),
                    e.fromState(),
                    e.toState(),
                    e.toState() == null ? null : e.toState().label(),
                    e.comment(),
                    e.createdAt());
        }
    }

    ProcessDiagram diagram(PlatformUser viewer, long proposalId) {
        ProposalRow p = access.viewable(viewer, proposalId);
        return diagrams.highlighted(p.processInstanceId).orElseThrow(() -> ApiException.notFound("流程"));
    }
}
