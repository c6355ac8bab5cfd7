package org.cppcc.platform.proposal.internal;

import java.util.List;
import java.util.Map;
import jakarta.validation.Valid;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.proposal.HandlingForms;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Handling, reply, evaluation, closing and publication (part 2 of the lifecycle). */
@RestController
@RequestMapping("/api/proposals")
class HandlingController {

    private final HandlingCommands handling;
    private final ReplyCommands replies;
    private final EvaluationCommands evaluations;
    private final HandlingQueries queries;
    private final UnitOfficers officers;

    HandlingController(
            HandlingCommands handling,
            ReplyCommands replies,
            EvaluationCommands evaluations,
            HandlingQueries queries,
            UnitOfficers officers) {
        this.officers = officers;
        this.handling = handling;
        this.replies = replies;
        this.evaluations = evaluations;
        this.queries = queries;
    }

    @GetMapping("/{id}/handling")
    HandlingQueries.HandlingView handlingOf(@PathVariable long id) {
        return queries.handling(CurrentUser.require(), id);
    }

    @GetMapping("/meetings/mine")
    List<HandlingViews.MeetingView> myMeetings() {
        return queries.myMeetings(CurrentUser.require());
    }

    @GetMapping("/extensions/pending")
    List<HandlingViews.ExtensionView> pendingExtensions() {
        return queries.pendingExtensions(CurrentUser.require());
    }

    /** 承办人: the unit's own people to hand the assignment to, the officer now and every hand-over. */
    @GetMapping("/assignments/{assignmentId}/officers")
    UnitOfficers.OfficersView officersOf(@PathVariable long assignmentId) {
        return officers.officers(CurrentUser.require(), assignmentId);
    }

    @PutMapping("/assignments/{assignmentId}/officer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void handToOfficer(@PathVariable long assignmentId, @Valid @RequestBody HandlingForms.Officer form) {
        officers.handTo(CurrentUser.require(), assignmentId, form);
    }

    @PostMapping("/assignments/{assignmentId}/contacts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordContact(@PathVariable long assignmentId, @Valid @RequestBody HandlingForms.Contact contact) {
        handling.recordContact(CurrentUser.require(), assignmentId, contact);
    }

    @PostMapping("/assignments/{assignmentId}/opinion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void sendOpinion(@PathVariable long assignmentId, @Valid @RequestBody HandlingForms.Opinion opinion) {
        handling.sendOpinion(CurrentUser.require(), assignmentId, opinion);
    }

    @PostMapping("/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> scheduleMeeting(@PathVariable long id, @Valid @RequestBody HandlingForms.Meeting meeting) {
        return Map.of("id", handling.scheduleMeeting(CurrentUser.require(), id, meeting));
    }

    @PostMapping("/meetings/{meetingId}/outcome")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void recordMeeting(@PathVariable long meetingId, @Valid @RequestBody HandlingForms.MeetingOutcome outcome) {
        handling.recordMeeting(CurrentUser.require(), meetingId, outcome);
    }

    @PostMapping("/assignments/{assignmentId}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> requestExtension(
            @PathVariable long assignmentId, @Valid @RequestBody HandlingForms.ExtensionRequest request) {
        return Map.of("id", handling.requestExtension(CurrentUser.require(), assignmentId, request));
    }

    @PostMapping("/extensions/{extensionId}/decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decideExtension(@PathVariable long extensionId, @Valid @RequestBody HandlingForms.ExtensionDecision decision) {
        handling.decideExtension(CurrentUser.require(), extensionId, decision);
    }

    @PutMapping("/assignments/{assignmentId}/reply")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void saveReply(@PathVariable long assignmentId, @Valid @RequestBody HandlingForms.Reply reply) {
        replies.saveReply(CurrentUser.require(), assignmentId, reply);
    }

    @PostMapping("/assignments/{assignmentId}/reply/submit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void submitReply(@PathVariable long assignmentId) {
        replies.submitReply(CurrentUser.require(), assignmentId);
    }

    @PostMapping("/assignments/{assignmentId}/countersign")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void countersign(@PathVariable long assignmentId, @Valid @RequestBody HandlingForms.Countersign countersign) {
        replies.countersign(CurrentUser.require(), assignmentId, countersign);
    }

    @PostMapping("/assignments/{assignmentId}/reply/approve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void approveReply(@PathVariable long assignmentId) {
        replies.approveReply(CurrentUser.require(), assignmentId);
    }

    @PostMapping("/assignments/{assignmentId}/reply/check")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void checkReply(@PathVariable long assignmentId, @Valid @RequestBody HandlingForms.ReplyCheck check) {
        replies.checkReply(CurrentUser.require(), assignmentId, check);
    }

    @PostMapping("/{id}/evaluations")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void evaluate(@PathVariable long id, @Valid @RequestBody HandlingForms.Evaluation evaluation) {
        evaluations.evaluate(CurrentUser.require(), id, evaluation);
    }

    @PostMapping("/{id}/after-evaluation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decideAfterEvaluation(@PathVariable long id, @Valid @RequestBody HandlingForms.AfterEvaluation decision) {
        evaluations.decideAfterEvaluation(CurrentUser.require(), id, decision);
    }

    @PostMapping("/{id}/publish")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void publish(@PathVariable long id) {
        evaluations.publish(CurrentUser.require(), id);
    }

    @PostMapping("/assignments/{assignmentId}/follow-ups")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void followUp(@PathVariable long assignmentId, @Valid @RequestBody HandlingForms.FollowUp followUp) {
        handling.followUp(CurrentUser.require(), assignmentId, followUp);
    }
}
