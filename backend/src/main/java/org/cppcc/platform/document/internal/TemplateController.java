package org.cppcc.platform.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.shared.error.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The office's Word templates: what each kind accepts, its versions, upload, revert, and a sample to start from. */
@RestController
@RequestMapping("/api/documents/templates")
class TemplateController {

    private final TemplateStore store;
    private final WordTemplates templates;

    TemplateController(TemplateStore store, WordTemplates templates) {
        this.store = store;
        this.templates = templates;
    }

    record Placeholder(String name, String description) {}

    record Version(
            int version,
            String fileName,
            Integer sizeBytes,
            List<String> placeholders,
            boolean builtIn,
            String uploadedByName,
            LocalDateTime uploadedAt) {}

    record KindView(
            String kind, String label, List<Placeholder> placeholders, List<Placeholder> rowFields, Version current) {}

    @GetMapping
    List<KindView> kinds() {
        TemplateStore.requireOffice(CurrentUser.require());
        return Arrays.stream(TemplateKind.values())
                .map(k -> new KindView(
                        k.name(),
                        k.label,
                        placeholders(k.placeholders),
                        placeholders(k.rowFields),
                        version(store.currentVersion(k))))
                .toList();
    }

    @GetMapping("/{kind}/versions")
    List<Version> versions(@PathVariable String kind) {
        TemplateStore.requireOffice(CurrentUser.require());
        return store.versions(kind(kind)).stream()
                .map(TemplateController::version)
                .toList();
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Version upload(@PathVariable String kind, @RequestPart("file") MultipartFile file) {
        try {
            return version(
                    store.upload(CurrentUser.require(), kind(kind), file.getOriginalFilename(), file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/{kind}/revert")
    Version revert(@PathVariable String kind) {
        return version(store.revert(CurrentUser.require(), kind(kind)));
    }

    @GetMapping("/{kind}/sample")
    ResponseEntity<byte[]> sample(@PathVariable String kind) {
        TemplateStore.requireOffice(CurrentUser.require());
        TemplateKind k = kind(kind);
        return BatchDocumentController.file(templates.sample(k), DocumentController.DOCX, k.label + "模板示例.docx");
    }

    private static TemplateKind kind(String kind) {
        return Arrays.stream(TemplateKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("模板种类"));
    }

    private static List<Placeholder> placeholders(Map<String, String> names) {
        return names.entrySet().stream()
                .map(e -> new Placeholder(e.getKey(), e.getValue()))
                .toList();
    }

    private static Version version(TemplateMapper.TemplateRow row) {
        if (row == null) {
            return null;
        }
        return new Version(
                row.version,
                row.fileName,
                row.sizeBytes,
                row.placeholders == null ? List.of() : List.of(row.placeholders.split(",")),
                row.fileName == null,
                row.uploadedByName,
                row.uploadedAt);
    }
}
