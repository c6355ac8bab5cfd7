package org.cppcc.platform.supervision.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jakarta.validation.Valid;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.proposal.DeadlineKind;
import org.cppcc.platform.proposal.ProposalBrief;
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
@RequestMapping("/api/supervision")
class SupervisionController {

    private final SupervisionBoard board;
    private final SupervisionQueries queries;
    private final KeyProposalCommands keyProposals;
    private final InstructionCommands instructions;
    private final ChaseCommands chases;
    private final VisitCommands visits;

    SupervisionController(
            SupervisionBoard board,
            SupervisionQueries queries,
            KeyProposalCommands keyProposals,
            InstructionCommands instructions,
            ChaseCommands chases,
            VisitCommands visits) {
        this.board = board;
        this.queries = queries;
        this.keyProposals = keyProposals;
        this.instructions = instructions;
        this.chases = chases;
        this.visits = visits;
    }

    @GetMapping("/board")
    PageResult<SupervisionBoard.BoardItemView> board(
            @Valid PageQuery page,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) DeadlineKind kind,
            @RequestParam(required = false) SupervisionBoard.Status status,
            @RequestParam(required = false) Boolean keyOnly,
            @RequestParam(required = false) SupervisionBoard.Sort sort) {
        return board.board(
                CurrentUser.require(), new SupervisionBoard.Filters(unitId, kind, status, keyOnly, sort), page);
    }

    @GetMapping("/board/units")
    List<SupervisionBoard.UnitCountView> unitCounts() {
        return board.unitCounts(CurrentUser.require());
    }

    @GetMapping("/proposals/{id}")
    SupervisionQueries.DetailView detail(@PathVariable long id) {
        return queries.detail(CurrentUser.require(), id);
    }

    @GetMapping("/key-proposals")
    List<SupervisionQueries.KeyProposalView> keyProposals() {
        return queries.keyProposals(CurrentUser.require());
    }

    @GetMapping("/key-proposals/candidates")
    List<ProposalBrief> candidates() {
        return queries.candidates();
    }

    @GetMapping("/leaders")
    List<SupervisionQueries.LeaderView> leaders() {
        return queries.leaders();
    }

    @PostMapping("/key-proposals")
    @ResponseStatus(HttpStatus.CREATED)
    SupervisionQueries.DetailView shortlist(@Valid @RequestBody SupervisionForms.Shortlist form) {
        keyProposals.shortlist(CurrentUser.require(), form);
        return queries.detail(CurrentUser.require(), form.proposalId());
    }

    @DeleteMapping("/key-proposals/{proposalId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void drop(@PathVariable long proposalId) {
        keyProposals.drop(CurrentUser.require(), proposalId);
    }

    @PostMapping("/key-proposals/{proposalId}/approval")
    SupervisionQueries.DetailView approve(
            @PathVariable long proposalId, @Valid @RequestBody SupervisionForms.Approval form) {
        keyProposals.approve(CurrentUser.require(), proposalId, form);
        return queries.detail(CurrentUser.require(), proposalId);
    }

    @PutMapping("/key-proposals/{proposalId}/leader")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeLeader(@PathVariable long proposalId, @Valid @RequestBody SupervisionForms.Leader form) {
        keyProposals.changeLeader(CurrentUser.require(), proposalId, form);
    }

    @PostMapping("/key-proposals/{proposalId}/conclusion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void conclude(@PathVariable long proposalId, @Valid @RequestBody SupervisionForms.Conclusion form) {
        keyProposals.conclude(CurrentUser.require(), proposalId, form);
    }

    @PostMapping("/proposals/{proposalId}/instructions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> instruct(@PathVariable long proposalId, @Valid @RequestBody SupervisionForms.Instruction form) {
        return Map.of("id", instructions.instruct(CurrentUser.require(), proposalId, form));
    }

    @GetMapping("/instructions/pending")
    List<InstructionAckRow> pendingAcks() {
        return queries.pendingAcks(CurrentUser.require());
    }

    @PostMapping("/instructions/{instructionId}/acknowledgement")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void acknowledge(@PathVariable long instructionId, @Valid @RequestBody SupervisionForms.Acknowledgement form) {
        instructions.acknowledge(CurrentUser.require(), instructionId, form);
    }

    @PostMapping("/chases")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> chase(@Valid @RequestBody SupervisionForms.Chase form) {
        return Map.of("id", chases.chase(CurrentUser.require(), form));
    }

    @PostMapping("/proposals/{proposalId}/visits")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> recordVisit(@PathVariable long proposalId, @Valid @RequestBody SupervisionForms.Visit form) {
        return Map.of("id", visits.recordVisit(CurrentUser.require(), proposalId, form));
    }

    @PostMapping(path = "/visits/{visitId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    VisitPhotoRow addPhoto(
            @PathVariable long visitId, @RequestPart(name = "file", required = false) MultipartFile file) {
        return visits.addPhoto(CurrentUser.require(), visitId, file);
    }

    @GetMapping("/visits/{visitId}/photos/{photoId}")
    ResponseEntity<InputStreamResource> photo(@PathVariable long visitId, @PathVariable long photoId) {
        VisitPhotoRow photo = visits.photo(CurrentUser.require(), visitId, photoId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType))
                .contentLength(photo.sizeBytes)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(photo.fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(visits.open(photo)));
    }

    @GetMapping("/units/{unitId}/leaders")
    List<Long> unitLeaders(@PathVariable long unitId) {
        return chases.unitLeaders(unitId);
    }

    @PutMapping("/units/{unitId}/leaders")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setUnitLeaders(@PathVariable long unitId, @Valid @RequestBody SupervisionForms.UnitLeaders form) {
        chases.setUnitLeaders(CurrentUser.require(), unitId, form);
    }
}
