package org.cppcc.platform.proposal.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.proposal.ReturnDecision;
import org.cppcc.platform.shared.web.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A unit's sign-off and return request, and the office's decision on the request. */
@RestController
@RequestMapping("/api/proposals/assignments/{assignmentId}")
class AssignmentController {

    private final UnitCommands units;
    private final OfficeCommands office;

    AssignmentController(UnitCommands units, OfficeCommands office) {
        this.units = units;
        this.office = office;
    }

    record ReturnRequest(
            @NotBlank(message = "申请退回须填写理由")
            @Size(max = 1000, message = "退回理由不能超过1000个字符")
            @PlainText(message = "退回理由不能包含HTML标签或脚本")
            String reason) {}

    @PostMapping("/sign")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void signFor(@PathVariable long assignmentId) {
        units.signFor(CurrentUser.require(), assignmentId);
    }

    @PostMapping("/return-request")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void requestReturn(@PathVariable long assignmentId, @Valid @RequestBody ReturnRequest request) {
        units.requestReturn(CurrentUser.require(), assignmentId, request.reason());
    }

    @PostMapping("/return-decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decideReturn(@PathVariable long assignmentId, @Valid @RequestBody ReturnDecision decision) {
        office.decideReturn(CurrentUser.require(), assignmentId, decision);
    }
}
