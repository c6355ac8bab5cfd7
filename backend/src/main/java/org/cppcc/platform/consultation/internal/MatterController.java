package org.cppcc.platform.consultation.internal;

import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.consultation.ConclusionForm;
import org.cppcc.platform.consultation.DecisionForm;
import org.cppcc.platform.consultation.MatterForm;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.consultation.MeetingPlan;
import org.cppcc.platform.consultation.MemberEvaluation;
import org.cppcc.platform.consultation.Minutes;
import org.cppcc.platform.consultation.RaisedMatter;
import org.cppcc.platform.consultation.TriageDecision;
import org.cppcc.platform.engine.ProcessDiagram;
import org.cppcc.platform.shared.export.XlsxExport;
import org.cppcc.platform.shared.export.XlsxTable;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The staff's side of a matter: lists, detail, and the six steps' commands. */
@RestController
@RequestMapping("/api/consultation")
class MatterController {

    private final MatterRaising raising;
    private final WorkstationCommands station;
    private final MatterEvaluationCommands evaluations;
    private final ConsultationQueries queries;
    private final MatterPhotos photos;

    MatterController(
            MatterRaising raising,
            WorkstationCommands station,
            MatterEvaluationCommands evaluations,
            ConsultationQueries queries,
            MatterPhotos photos) {
        this.raising = raising;
        this.station = station;
        this.evaluations = evaluations;
        this.queries = queries;
        this.photos = photos;
    }

    @GetMapping("/workbench")
    ConsultationQueries.ConsultationWorkbenchView workbench() {
        return queries.workbench(CurrentUser.require());
    }

    @GetMapping("/statistics")
    ConsultationQueries.ConsultationStatisticsView statistics() {
        return queries.statistics();
    }

    @GetMapping("/matters")
    PageResult<Views.MatterSummaryView> list(
            @Valid PageQuery page,
            @RequestParam(required = false) Long workstationId,
            @RequestParam(required = false) MatterState state) {
        return queries.search(CurrentUser.require(), new ConsultationQueries.Filters(workstationId, state), page);
    }

    /** The list with the screen's filters and scope, as .xlsx (at most the export's cap). */
    @GetMapping("/matters/export")
    void export(
            @Valid PageQuery page,
            @RequestParam(required = false) Long workstationId,
            @RequestParam(required = false) MatterState state,
            HttpServletResponse response) {
        List<Views.MatterSummaryView> rows =
                queries.all(CurrentUser.require(), new ConsultationQueries.Filters(workstationId, state), page);
        XlsxExport.send(
                response,
                "协商事项列表.xlsx",
                List.of(XlsxTable.of("事项", rows)
                        .text("事项", Views.MatterSummaryView::title)
                        .text("工作站(室)", Views.MatterSummaryView::workstationName)
                        .text("地点", Views.MatterSummaryView::place)
                        .text("渠道", r -> r.channel().label())
                        .text("状态", r -> r.state().label())
                        .dateTime("提出时间", Views.MatterSummaryView::raisedAt)
                        .integer("办理事项", Views.MatterSummaryView::actionsTotal)
                        .integer("已完成", Views.MatterSummaryView::actionsDone)
                        .integer("已逾期", Views.MatterSummaryView::actionsOverdue)
                        .integer("评价", Views.MatterSummaryView::evaluations)
                        .integer("满意", Views.MatterSummaryView::satisfiedEvaluations)
                        .dateTime("公开时间", Views.MatterSummaryView::publishedAt)));
    }

    @GetMapping("/matters/{id}")
    MatterDetailView detail(@PathVariable long id) {
        return queries.detail(CurrentUser.require(), id);
    }

    @GetMapping("/matters/{id}/diagram")
    ProcessDiagram diagram(@PathVariable long id) {
        return queries.diagram(CurrentUser.require(), id);
    }

    @GetMapping("/photos/{id}")
    ResponseEntity<InputStreamResource> photo(@PathVariable long id) {
        return PhotoResponses.of(queries.photo(CurrentUser.require(), id), photos);
    }

    /** A matter raised in person at a reception, logged by the workstation's duty staff. */
    @PostMapping(path = "/matters", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RaisedMatter logReception(@Valid @RequestBody MatterForm form) {
        return raising.logReception(CurrentUser.require(), form, List.of());
    }

    @PostMapping(path = "/matters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RaisedMatter logReceptionWithPhotos(
            @Valid @RequestPart("matter") MatterForm form,
            @RequestPart(name = "photos", required = false) List<MultipartFile> files) {
        return raising.logReception(CurrentUser.require(), form, Uploads.photos(files));
    }

    @PostMapping("/matters/{id}/triage")
    MatterDetailView triage(@PathVariable long id, @Valid @RequestBody TriageDecision decision) {
        station.triage(CurrentUser.require(), id, decision);
        return queries.detail(CurrentUser.require(), id);
    }

    @PostMapping("/matters/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    MatterDetailView scheduleMeeting(@PathVariable long id, @Valid @RequestBody MeetingPlan plan) {
        station.scheduleMeeting(CurrentUser.require(), id, plan);
        return queries.detail(CurrentUser.require(), id);
    }

    @PostMapping("/meetings/{meetingId}/minutes")
    MatterDetailView recordMinutes(@PathVariable long meetingId, @Valid @RequestBody Minutes minutes) {
        station.recordMinutes(CurrentUser.require(), meetingId, minutes);
        return queries.detail(CurrentUser.require(), queries.matterOfMeeting(meetingId));
    }

    @PostMapping("/matters/{id}/decision")
    MatterDetailView decide(@PathVariable long id, @Valid @RequestBody DecisionForm decision) {
        station.decide(CurrentUser.require(), id, decision);
        return queries.detail(CurrentUser.require(), id);
    }

    @PostMapping("/matters/{id}/publish")
    MatterDetailView publish(@PathVariable long id) {
        station.publish(CurrentUser.require(), id);
        return queries.detail(CurrentUser.require(), id);
    }

    @PostMapping("/matters/{id}/evaluations")
    MatterDetailView evaluate(@PathVariable long id, @Valid @RequestBody MemberEvaluation evaluation) {
        evaluations.evaluate(CurrentUser.require(), id, evaluation);
        return queries.detail(CurrentUser.require(), id);
    }

    @PostMapping("/matters/{id}/conclusion")
    MatterDetailView conclude(@PathVariable long id, @Valid @RequestBody ConclusionForm conclusion) {
        station.conclude(CurrentUser.require(), id, conclusion);
        return queries.detail(CurrentUser.require(), id);
    }
}
