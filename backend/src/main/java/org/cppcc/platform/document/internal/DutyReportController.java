package org.cppcc.platform.document.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.duty.DutyRecords;
import org.cppcc.platform.organisation.MemberProfile;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yearly duty report (委员年度履职报告) as PDF or Word: a member downloads their own, the office and leaders
 * anyone's (the paths are split so that the authorisation rules say it; see {@link DutyReportAuthorization}).
 */
@RestController
@RequestMapping("/api/documents/duty-reports")
class DutyReportController {

    private final DutyRecords records;
    private final OrganisationDirectory directory;
    private final PdfWriter pdf;
    private final DocxWriter docx;
    private final Clock clock;

    DutyReportController(
            DutyRecords records, OrganisationDirectory directory, PdfWriter pdf, DocxWriter docx, Clock clock) {
        this.records = records;
        this.directory = directory;
        this.pdf = pdf;
        this.docx = docx;
        this.clock = clock;
    }

    @GetMapping("/mine")
    ResponseEntity<byte[]> mine(
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "pdf") String format) {
        long memberId = directory
                .memberOfAccount(CurrentUser.require().id())
                .map(MemberProfile::id)
                .orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, "只有政协委员有履职档案"));
        return report(memberId, year, format);
    }

    @GetMapping("/members/{memberId}")
    ResponseEntity<byte[]> member(
            @PathVariable long memberId,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "pdf") String format) {
        return report(memberId, year, format);
    }

    private ResponseEntity<byte[]> report(long memberId, Integer year, String format) {
        DocumentController.Format f = DocumentController.Format.of(format);
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        if (y < 2000 || y > 2100) {
            throw ApiException.invalid("year", "年度不正确");
        }
        DutyRecords.YearRecord record = records.record(memberId, y).orElseThrow(() -> ApiException.notFound("委员"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        if (f == DocumentController.Format.PDF) {
            pdf.write(DutyReportPaper.of(record, today), out);
        } else {
            docx.write(DutyReportPaper.of(record, today), out);
        }
        return ResponseEntity.ok()
                .contentType(f.type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(
                                        "履职报告-" + y + "-" + record.memberName() + "." + f.extension,
                                        StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(out.toByteArray());
    }
}
