package org.cppcc.platform.consultation.internal;

import java.time.LocalDate;
import java.util.List;
import jakarta.validation.Valid;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.consultation.DutyForm;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A workstation's stationed members and duty roster, and a member's own duties. */
@RestController
@RequestMapping("/api/consultation")
class DutyRosterController {

    private final DutyRosterCommands roster;
    private final ConsultationQueries queries;

    DutyRosterController(DutyRosterCommands roster, ConsultationQueries queries) {
        this.roster = roster;
        this.queries = queries;
    }

    @GetMapping("/workstations/{id}/members")
    List<Views.StationedMemberView> members(@PathVariable long id) {
        return queries.members(CurrentUser.require(), id);
    }

    @GetMapping("/workstations/{id}/roster")
    List<DutyView> roster(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return queries.roster(CurrentUser.require(), id, from, to);
    }

    @PostMapping("/workstations/{id}/roster")
    @ResponseStatus(HttpStatus.CREATED)
    DutyView addDuty(@PathVariable long id, @Valid @RequestBody DutyForm duty) {
        long dutyId = roster.addDuty(CurrentUser.require(), id, duty);
        return queries.duty(dutyId);
    }

    @DeleteMapping("/roster/{dutyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeDuty(@PathVariable long dutyId) {
        roster.removeDuty(CurrentUser.require(), dutyId);
    }

    @GetMapping("/my-duties")
    List<DutyView> myDuties() {
        return queries.myDuties(CurrentUser.require());
    }
}
