package org.cppcc.platform.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.cppcc.platform.account.CurrentUser;
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
 * The papers of one 交办会: each unit's 交办通知 and 交办清单, every unit's notices in one file, or one file per
 * unit in a zip. The office and leaders get every unit; a unit only its own, and another unit's is a 404. A
 * {@code .docx} 交办通知 follows the office's uploaded template when there is one; PDFs keep the built-in layout.
 */
@RestController
@RequestMapping("/api/documents/batches/{batchId}")
class BatchDocumentController {

    private final ProposalPapers proposals;
    private final BatchPapers papers;
    private final PdfWriter pdf;
    private final DocxWriter docx;
    private final TemplateStore store;
    private final WordTemplates templates;
    private final Clock clock;

    BatchDocumentController(
            ProposalPapers proposals,
            BatchPapers papers,
            PdfWriter pdf,
            DocxWriter docx,
            TemplateStore store,
            WordTemplates templates,
            Clock clock) {
        this.proposals = proposals;
        this.papers = papers;
        this.pdf = pdf;
        this.docx = docx;
        this.store = store;
        this.templates = templates;
        this.clock = clock;
    }

    @GetMapping("/units/{unitId}/notice")
    ResponseEntity<byte[]> notice(
            @PathVariable long batchId, @PathVariable long unitId, @RequestParam(defaultValue = "pdf") String format) {
        DocumentController.Format f = DocumentController.Format.of(format);
        ProposalPapers.AssignmentBatch batch = proposals.batch(CurrentUser.require(), batchId);
        ProposalPapers.UnitShare unit = unit(batch, unitId);
        return file(
                notice(batch, unit, f, store.current(TemplateKind.ASSIGNMENT_NOTICE)),
                f.type,
                "交办通知-" + batch.name() + "-" + unit.unitName() + "." + f.extension);
    }

    @GetMapping("/units/{unitId}/list")
    ResponseEntity<byte[]> list(
            @PathVariable long batchId, @PathVariable long unitId, @RequestParam(defaultValue = "pdf") String format) {
        DocumentController.Format f = DocumentController.Format.of(format);
        ProposalPapers.AssignmentBatch batch = proposals.batch(CurrentUser.require(), batchId);
        ProposalPapers.UnitShare unit = unit(batch, unitId);
        return file(
                render(papers.list(batch, unit, today()), f),
                f.type,
                "交办清单-" + batch.name() + "-" + unit.unitName() + "." + f.extension);
    }

    /** Every unit's 交办通知 (with its list) in one file, a unit per page group: the built-in layout. */
    @GetMapping("/notices")
    ResponseEntity<byte[]> allNotices(@PathVariable long batchId, @RequestParam(defaultValue = "pdf") String format) {
        DocumentController.Format f = DocumentController.Format.of(format);
        ProposalPapers.AssignmentBatch batch = proposals.batch(CurrentUser.require(), batchId);
        return file(render(papers.allNotices(batch, today()), f), f.type, "交办通知-" + batch.name() + "." + f.extension);
    }

    /** One 交办通知 per unit (the office template for .docx when there is one), zipped. */
    @GetMapping("/notices.zip")
    ResponseEntity<byte[]> zip(@PathVariable long batchId, @RequestParam(defaultValue = "pdf") String format) {
        DocumentController.Format f = DocumentController.Format.of(format);
        ProposalPapers.AssignmentBatch batch = proposals.batch(CurrentUser.require(), batchId);
        Optional<byte[]> template = store.current(TemplateKind.ASSIGNMENT_NOTICE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            int i = 1;
            for (ProposalPapers.UnitShare unit : batch.units()) {
                zip.putNextEntry(new ZipEntry(
                        String.format("%02d-交办通知-%s.%s", i++, unit.unitName().replace('/', '_'), f.extension)));
                zip.write(notice(batch, unit, f, template));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file(out.toByteArray(), MediaType.parseMediaType("application/zip"), "交办通知-" + batch.name() + ".zip");
    }

    private byte[] notice(
            ProposalPapers.AssignmentBatch batch,
            ProposalPapers.UnitShare unit,
            DocumentController.Format f,
            Optional<byte[]> template) {
        if (f == DocumentController.Format.DOCX && template.isPresent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            templates.render(
                    TemplateKind.ASSIGNMENT_NOTICE, template.get(), papers.noticeValues(batch, unit, today()), out);
            return out.toByteArray();
        }
        return render(papers.notice(batch, unit, today()), f);
    }

    private static ProposalPapers.UnitShare unit(ProposalPapers.AssignmentBatch batch, long unitId) {
        return batch.units().stream()
                .filter(u -> u.unitId() == unitId)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("交办单位"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private byte[] render(Paper paper, DocumentController.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        if (format == DocumentController.Format.PDF) {
            pdf.write(paper, out);
        } else {
            docx.write(paper, out);
        }
        return out.toByteArray();
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
