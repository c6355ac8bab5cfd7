package org.cppcc.platform.consultation.internal;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.consultation.PhotoUpload;
import org.cppcc.platform.consultation.ProgressReport;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A unit's actions (共同办事) and its progress reports on them. */
@RestController
@Validated
@RequestMapping("/api/consultation/actions")
class ConsultationActionController {

    private final ActionProgressCommands progress;
    private final ConsultationQueries queries;

    ConsultationActionController(ActionProgressCommands progress, ConsultationQueries queries) {
        this.progress = progress;
        this.queries = queries;
    }

    @GetMapping
    PageResult<Views.UnitActionView> list(
            @Valid PageQuery page,
            @RequestParam(required = false)
                    @Pattern(regexp = "^(OPEN|DONE|OVERDUE)?$", message = "措施状态只能是OPEN、DONE或OVERDUE")
                    String status) {
        return queries.unitActions(CurrentUser.require(), status, page);
    }

    @PostMapping(path = "/{actionId}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    MatterDetailView report(@PathVariable long actionId, @Valid @RequestBody ProgressReport report) {
        return report(actionId, report, List.of());
    }

    @PostMapping(path = "/{actionId}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    MatterDetailView reportWithPhotos(
            @PathVariable long actionId,
            @Valid @RequestPart("report") ProgressReport report,
            @RequestPart(name = "photos", required = false) List<MultipartFile> files) {
        return report(actionId, report, Uploads.photos(files));
    }

    private MatterDetailView report(long actionId, ProgressReport report, List<PhotoUpload> photos) {
        progress.reportProgress(CurrentUser.require(), actionId, report, photos);
        return queries.detail(CurrentUser.require(), queries.matterOfAction(actionId));
    }
}
