package org.cppcc.platform.document.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.organisation.CommitteeSession;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.proposal.ProposalPaper;
import org.cppcc.platform.proposal.ProposalPapers;
import org.cppcc.platform.shared.error.ApiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the official documents, as {@code ?format=pdf} (the default) or {@code docx}. A record the caller
 * may not see is a 404, exactly as on the record's own endpoint. The file is rendered in full before the first
 * byte is sent, so a failure is a problem response, never half a file.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ProposalPapers proposals;
    private final OrganisationDirectory directory;
    private final Papers papers;
    private final PdfWriter pdf;
    private final DocxWriter docx;
    private final Clock clock;
    private final TemplateStore templateStore;
    private final WordTemplates templates;
    private final BatchPapers batchPapers;

    DocumentController(
            ProposalPapers proposals,
            OrganisationDirectory directory,
            Papers papers,
            PdfWriter pdf,
            DocxWriter docx,
            Clock clock,
            TemplateStore templateStore,
            WordTemplates templates,
            BatchPapers batchPapers) {
        this.templateStore = templateStore;
        this.templates = templates;
        this.batchPapers = batchPapers;
        this.proposals = proposals;
        this.directory = directory;
        this.papers = papers;
        this.pdf = pdf;
        this.docx = docx;
        this.clock = clock;
    }

    @GetMapping("/proposals/{id}")
    ResponseEntity<byte[]> proposalForm(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
        Format f = Format.of(format);
        ProposalPaper p = proposals.proposal(CurrentUser.require(), id, false);
        return send(papers.proposalForm(p), f, "提案表-" + fileNumber(p));
    }

    @GetMapping("/proposals/{id}/evaluation-form")
    ResponseEntity<byte[]> evaluationForm(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
        Format f = Format.of(format);
        ProposalPaper p = proposals.proposal(CurrentUser.require(), id, false);
        return send(papers.evaluationForm(p), f, "征询意见表-" + fileNumber(p));
    }

    @GetMapping("/replies/{assignmentId}")
    ResponseEntity<byte[]> replyLetter(
            @PathVariable long assignmentId, @RequestParam(defaultValue = "pdf") String format) {
        Format f = Format.of(format);
        ProposalPaper.Reply r = proposals.reply(CurrentUser.require(), assignmentId);
        String number = r.proposalNumber() == null
                ? String.valueOf(r.proposalId())
                : r.proposalNumber().toString();
        String name = "答复函-" + number + "-" + r.unitName();
        // The office's uploaded template shapes the Word file only; the PDF keeps the GB/T 9704 layout.
        var template = f == Format.DOCX ? templateStore.current(TemplateKind.REPLY_LETTER) : Optional.<byte[]>empty();
        if (template.isPresent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            templates.render(TemplateKind.REPLY_LETTER, template.get(), batchPapers.replyValues(r), out);
            return BatchDocumentController.file(out.toByteArray(), DOCX, name + ".docx");
        }
        return send(papers.replyLetter(r), f, name);
    }

    @GetMapping("/units/{unitId}/handed-over")
    ResponseEntity<byte[]> handedOver(
            @PathVariable long unitId,
            @RequestParam(required = false) Long sessionId,
            @RequestParam(defaultValue = "pdf") String format) {
        Format f = Format.of(format);
        PlatformUser user = CurrentUser.require();
        CommitteeSession session = session(sessionId);
        List<ProposalPapers.HandedOver> items = proposals.handedTo(user, unitId, session.id());
        String unitName =
                directory.unit(unitId).map(OrganisationDirectory.UnitRef::name).orElse("");
        Paper paper = papers.handedOver(unitName, session.name(), items, LocalDate.now(clock));
        return send(paper, f, "交办清单-" + unitName);
    }

    @GetMapping("/sessions/{sessionId}/compilation")
    ResponseEntity<byte[]> compilation(
            @PathVariable long sessionId,
            @RequestParam(defaultValue = "false") boolean replies,
            @RequestParam(defaultValue = "pdf") String format) {
        Format f = Format.of(format);
        List<ProposalPaper> all = proposals.session(CurrentUser.require(), sessionId, replies);
        CommitteeSession session = session(sessionId);
        Paper paper = papers.compilation(session.name(), all, replies, LocalDate.now(clock));
        return send(paper, f, "提案汇编-" + session.name());
    }

    private CommitteeSession session(Long sessionId) {
        return (sessionId == null ? directory.currentSession() : directory.session(sessionId))
                .orElseThrow(() -> ApiException.notFound("届次"));
    }

    private static String fileNumber(ProposalPaper p) {
        return p.number() == null ? "未立案-" + p.id() : String.valueOf(p.number());
    }

    private ResponseEntity<byte[]> send(Paper paper, Format format, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        if (format == Format.PDF) {
            pdf.write(paper, out);
        } else {
            docx.write(paper, out);
        }
        return ResponseEntity.ok()
                .contentType(format.type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "." + format.extension, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(out.toByteArray());
    }

    enum Format {
        PDF(MediaType.APPLICATION_PDF, "pdf"),
        DOCX(DocumentController.DOCX, "docx");

        final MediaType type;
        final String extension;

        Format(MediaType type, String extension) {
            this.type = type;
            this.extension = extension;
        }

        static Format of(String value) {
            for (Format f : values()) {
                if (f.extension.equals(value.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw ApiException.invalid("format", "文件格式只能是 pdf 或 docx");
        }
    }
}
