package org.cppcc.platform.importing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.error.FieldProblem;
import org.cppcc.platform.shared.error.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The administrator's import of the roster from .xlsx: template, dry run, import. */
@RestController
@RequestMapping("/api/admin/imports")
class ImportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RosterImporter importer;

    ImportController(RosterImporter importer) {
        this.importer = importer;
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("委员名册导入模板.xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(importer.template());
    }

    /** Checks the file and lists every problem; writes nothing, whatever the outcome. */
    @PostMapping(path = "/dry-run", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    RosterImporter.Report dryRun(@RequestParam("file") MultipartFile file) {
        return importer.dryRun(file.getOriginalFilename(), bytes(file));
    }

    /** All or nothing: any problem answers 400 with the same list as the dry run, and nothing is written. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RosterImporter.Result> importFile(@RequestParam("file") MultipartFile file) {
        RosterImporter.Result result = importer.importFile(file.getOriginalFilename(), bytes(file));
        // The initial passwords are in this answer only: no cache may keep it.
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(result);
    }

    @ExceptionHandler(RosterImporter.Rejected.class)
    ProblemDetail onRejected(RosterImporter.Rejected e) {
        ProblemDetail problem = Problems.of(
                ErrorCode.VALIDATION_FAILED, e.getMessage(), List.of(new FieldProblem("file", e.getMessage())));
        problem.setProperty("problems", e.report.problems());
        return problem;
    }

    private static byte[] bytes(MultipartFile file) {
        if (file.getSize() > RosterWorkbook.MAX_BYTES) {
            throw ApiException.invalid("file", "导入文件不能超过" + RosterWorkbook.MAX_BYTES / 1024 / 1024 + "MB");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw ApiException.invalid("file", "上传的文件无法读取，请重试");
        }
    }
}
