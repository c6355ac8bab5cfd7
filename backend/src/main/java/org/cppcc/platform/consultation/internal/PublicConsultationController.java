package org.cppcc.platform.consultation.internal;

import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.consultation.MatterForm;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.consultation.PhoneNumbers;
import org.cppcc.platform.consultation.PhotoUpload;
import org.cppcc.platform.consultation.RaisedMatter;
import org.cppcc.platform.consultation.ResidentEvaluation;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public site, open without an account: the district page, workstations, matters, raising a matter,
 * tracking it with code and phone, and evaluating it. Every write is rate limited per client address,
 * and raising also per phone.
 */
@RestController
@Validated
@RequestMapping("/api/public/consultation")
class PublicConsultationController {

    private final MatterRaising raising;
    private final MatterEvaluationCommands evaluations;
    private final PublicConsultationQueries queries;
    private final PublicRateLimiter limiter;
    private final ConsultationSettings.RateLimits limits;
    private final MatterPhotos photos;

    PublicConsultationController(
            MatterRaising raising,
            MatterEvaluationCommands evaluations,
            PublicConsultationQueries queries,
            PublicRateLimiter limiter,
            ConsultationSettings settings,
            MatterPhotos photos) {
        this.raising = raising;
        this.evaluations = evaluations;
        this.queries = queries;
        this.limiter = limiter;
        this.limits = settings.rateLimits();
        this.photos = photos;
    }

    record TrackRequest(
            @NotBlank(message = "跟踪码不能为空") @Size(max = 16, message = "跟踪码不正确")
            String code,

            @NotBlank(message = "手机号码不能为空") @Pattern(regexp = PhoneNumbers.MOBILE, message = "手机号码须为11位手机号码")
            String phone) {}

    @GetMapping("/district")
    PublicConsultationQueries.DistrictView district() {
        return queries.district();
    }

    @GetMapping("/workstations")
    PageResult<PublicConsultationQueries.WorkstationCardView> workstations(
            @Valid PageQuery page, @RequestParam(required = false) Long subdistrictId) {
        return queries.workstations(page, subdistrictId);
    }

    @GetMapping("/workstations/{id}")
    PublicConsultationQueries.WorkstationPageView workstation(@PathVariable long id) {
        return queries.workstation(id);
    }

    @GetMapping("/matters")
    PageResult<Views.MatterSummaryView> matters(
            @Valid PageQuery page,
            @RequestParam(required = false) Long workstationId,
            @RequestParam(required = false) MatterState state) {
        return queries.matters(page, workstationId, state);
    }

    @GetMapping("/matters/{id}")
    MatterDetailView matter(@PathVariable long id) {
        return queries.detail(id);
    }

    @GetMapping("/photos/{id}")
    ResponseEntity<InputStreamResource> photo(@PathVariable long id) {
        return PhotoResponses.of(queries.photo(id), photos);
    }

    @PostMapping(path = "/matters", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RaisedMatter raise(@Valid @RequestBody MatterForm form, HttpServletRequest request) {
        return raise(form, List.of(), request);
    }

    @PostMapping(path = "/matters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RaisedMatter raiseWithPhotos(
            @Valid @RequestPart("matter") MatterForm form,
            @RequestPart(name = "photos", required = false) List<MultipartFile> files,
            HttpServletRequest request) {
        return raise(form, Uploads.photos(files), request);
    }

    /**
     * Rate limits count per client address: the connection's, which behind a reverse proxy Tomcat's
     * RemoteIpValve has set to the right-most X-Forwarded-For hop that is not a trusted proxy
     * ({@code server.tomcat.remoteip.internal-proxies}); the entries a client writes itself are never believed.
     */
    private RaisedMatter raise(MatterForm form, List<PhotoUpload> uploads, HttpServletRequest request) {
        limiter.hit("raise-address", request.getRemoteAddr(), limits.raiseByAddress());
        limiter.hit("raise-phone", form.contactPhone().strip(), limits.raiseByPhone());
        PlatformUser resident = CurrentUser.find().orElse(null);
        return raising.raise(resident, form, uploads);
    }

    @PostMapping("/track")
    MatterDetailView track(@Valid @RequestBody TrackRequest track, HttpServletRequest request) {
        limiter.hit("track-address", request.getRemoteAddr(), limits.trackByAddress());
        return queries.track(track.code(), track.phone());
    }

    @PostMapping("/matters/{id}/evaluations")
    MatterDetailView evaluate(
            @PathVariable long id, @Valid @RequestBody ResidentEvaluation evaluation, HttpServletRequest request) {
        limiter.hit("evaluate-address", request.getRemoteAddr(), limits.evaluateByAddress());
        evaluations.evaluate(CurrentUser.find().orElse(null), id, evaluation);
        return queries.detail(id);
    }
}
