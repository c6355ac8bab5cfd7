package org.cppcc.platform.proposal.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.engine.ProcessDiagram;
import org.cppcc.platform.proposal.AssignmentPlan;
import org.cppcc.platform.proposal.ProposalForm;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.proposal.ReviewDecision;
import org.cppcc.platform.shared.export.XlsxExport;
import org.cppcc.platform.shared.export.XlsxTable;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/proposals")
class ProposalController {

    private final DraftCommands drafts;
    private final OfficeCommands office;
    private final ProposalQueries queries;
    private final ProposalAttachments attachments;
    private final StaffEntryCommands staffEntries;

    ProposalController(
            DraftCommands drafts,
            OfficeCommands office,
            ProposalQueries queries,
            ProposalAttachments attachments,
            StaffEntryCommands staffEntries) {
        this.staffEntries = staffEntries;
        this.drafts = drafts;
        this.office = office;
        this.queries = queries;
        this.attachments = attachments;
    }

    /** A paper proposal entered by the office: for a member ({@code memberId}) or for a body (collective). */
    record StaffEntry(
            Long memberId,
            @NotNull(message = "提案内容不能为空") @Valid ProposalForm form) {}

    record InvitationAnswer(@NotNull(message = "请选择确认或谢绝联名") Boolean confirm) {}

    @GetMapping
    PageResult<ProposalSummaryView> list(
            @Valid PageQuery page,
            @RequestParam(required = false) ProposalSearch.Scope scope,
            @RequestParam(required = false) Long sessionId,
            @RequestParam(required = false) ProposalState state,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Long sectorId,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) ProposerType proposerType) {
        return queries.search(
                CurrentUser.require(),
                new ProposalQueries.Filters(scope, sessionId, state, category, sectorId, unitId, proposerType),
                page);
    }

    /** The list with the screen's filters and scope, as .xlsx (at most the export's cap). */
    @GetMapping("/export")
    void export(
            @Valid PageQuery page,
            @RequestParam(required = false) ProposalSearch.Scope scope,
            @RequestParam(required = false) Long sessionId,
            @RequestParam(required = false) ProposalState state,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Long sectorId,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) ProposerType proposerType,
            HttpServletResponse response) {
        List<ProposalSummaryView> rows = queries.all(
                CurrentUser.require(),
                new ProposalQueries.Filters(scope, sessionId, state, category, sectorId, unitId, proposerType),
                page);
        XlsxExport.send(
                response,
                "提案列表.xlsx",
                List.of(XlsxTable.of("提案", rows)
                        .text("届次", ProposalSummaryView::sessionName)
                        .integer("提案号", ProposalSummaryView::proposalNumber)
                        .text("标题", ProposalSummaryView::title)
                        .text("类别", ProposalSummaryView::categoryLabel)
                        .text("大会/平时", r -> r.plenary() ? "大会提案" : "平时提案")
                        .text("提案者", ProposalSummaryView::proposerName)
                        .text("界别", ProposalSummaryView::sectorName)
                        .text("状态", ProposalSummaryView::stateLabel)
                        .text("重点提案", r -> r.keyProposal() ? "是" : "否")
                        .dateTime("提交时间", ProposalSummaryView::submittedAt)
                        .dateTime("更新时间", ProposalSummaryView::updatedAt)));
    }

    @GetMapping("/todo")
    List<TodoItemView> todo() {
        return queries.todo(CurrentUser.require());
    }

    @GetMapping("/{id}")
    ProposalDetailView detail(@PathVariable long id) {
        return queries.detail(CurrentUser.require(), id);
    }

    @GetMapping("/{id}/history")
    List<ProposalQueries.TimelineEntryView> history(@PathVariable long id) {
        return queries.history(CurrentUser.require(), id);
    }

    @GetMapping("/{id}/diagram")
    ProcessDiagram diagram(@PathVariable long id) {
        return queries.diagram(CurrentUser.require(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProposalDetailView create(@Valid @RequestBody ProposalForm form) {
        long id = drafts.createDraft(CurrentUser.require(), form);
        return queries.detail(CurrentUser.require(), id);
    }

    @PostMapping("/staff-entries")
    @ResponseStatus(HttpStatus.CREATED)
    ProposalDetailView enterForProposer(@Valid @RequestBody StaffEntry entry) {
        long id = staffEntries.enter(CurrentUser.require(), entry.memberId(), entry.form());
        return queries.detail(CurrentUser.require(), id);
    }

    @PutMapping("/{id}")
    ProposalDetailView update(@PathVariable long id, @Valid @RequestBody ProposalForm form) {
        drafts.updateDraft(CurrentUser.require(), id, form);
        return queries.detail(CurrentUser.require(), id);
    }

    @PostMapping("/{id}/submit")
    ProposalDetailView submit(@PathVariable long id) {
        drafts.submit(CurrentUser.require(), id);
        return queries.detail(CurrentUser.require(), id);
    }

    @PostMapping("/{id}/cosign")
    ProposalDetailView answerInvitation(@PathVariable long id, @Valid @RequestBody InvitationAnswer answer) {
        drafts.answerInvitation(CurrentUser.require(), id, answer.confirm());
        return queries.detail(CurrentUser.require(), id);
    }

    @PostMapping("/{id}/submit-for-review")
    ProposalDetailView submitForReview(@PathVariable long id) {
        drafts.submitForReview(CurrentUser.require(), id);
        return queries.detail(CurrentUser.require(), id);
    }

    /**
     * The proposal as the office now sees it; a proposal returned for revision is a draft again, its
     * proposer's alone, so that answer has no body (204).
     */
    @PostMapping("/{id}/review")
    ResponseEntity<ProposalDetailView> review(@PathVariable long id, @Valid @RequestBody ReviewDecision decision) {
        office.review(CurrentUser.require(), id, decision);
        if (decision.outcome() == ReviewDecision.Outcome.RETURN) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok(queries.detail(CurrentUser.require(), id));
    }

    @PostMapping("/{id}/assign")
    ProposalDetailView assign(@PathVariable long id, @Valid @RequestBody AssignmentPlan plan) {
        office.assign(CurrentUser.require(), id, plan);
        return queries.detail(CurrentUser.require(), id);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    AttachmentView upload(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file) {
        return attachments.upload(CurrentUser.require(), id, file);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long attachmentId) {
        AttachmentView attachment = attachments.find(CurrentUser.require(), id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(attachments.open(attachment)));
    }

    @DeleteMapping("/{id}/attachments/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteAttachment(@PathVariable long id, @PathVariable long attachmentId) {
        attachments.delete(CurrentUser.require(), id, attachmentId);
    }
}
