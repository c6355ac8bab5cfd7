package org.cppcc.platform.opinion.internal;

import java.util.Map;
import jakarta.validation.Valid;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.opinion.OpinionForms;
import org.cppcc.platform.opinion.OpinionState;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 社情民意: the member's own reports and the office's inbox (roles in {@link OpinionAuthorization}). */
@RestController
@RequestMapping("/api/opinion")
class OpinionController {

    private final OpinionCommands commands;
    private final OpinionQueries queries;

    OpinionController(OpinionCommands commands, OpinionQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/reports/mine")
    PageResult<OpinionQueries.Summary> mine(@Valid PageQuery page, @RequestParam(required = false) OpinionState state) {
        return queries.mine(CurrentUser.require(), state, page);
    }

    @GetMapping("/reports")
    PageResult<OpinionQueries.Summary> all(@Valid PageQuery page, @RequestParam(required = false) OpinionState state) {
        return queries.all(state, page);
    }

    @GetMapping("/reports/{id}")
    OpinionQueries.Detail detail(@PathVariable long id) {
        return queries.detail(CurrentUser.require(), id);
    }

    @PostMapping("/reports")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> create(@Valid @RequestBody OpinionForms.Draft form) {
        return Map.of("id", commands.createDraft(CurrentUser.require(), form));
    }

    @PutMapping("/reports/{id}")
    void update(@PathVariable long id, @Valid @RequestBody OpinionForms.Draft form) {
        commands.updateDraft(CurrentUser.require(), id, form);
    }

    @PostMapping("/reports/{id}/submission")
    void submit(@PathVariable long id) {
        commands.submit(CurrentUser.require(), id);
    }

    @PutMapping("/reports/{id}/text")
    void edit(@PathVariable long id, @Valid @RequestBody OpinionForms.Edit form) {
        commands.edit(CurrentUser.require(), id, form);
    }

    @PostMapping("/reports/{id}/decision")
    void decide(@PathVariable long id, @Valid @RequestBody OpinionForms.Decision form) {
        commands.decide(CurrentUser.require(), id, form);
    }

    @PostMapping("/reports/{id}/sendings")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> send(@PathVariable long id, @Valid @RequestBody OpinionForms.Sending form) {
        return Map.of("id", commands.sendUpward(CurrentUser.require(), id, form));
    }

    @PostMapping("/reports/{id}/instructions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> instruct(@PathVariable long id, @Valid @RequestBody OpinionForms.Instruction form) {
        return Map.of("id", commands.instruct(CurrentUser.require(), id, form));
    }

    @PostMapping("/reports/{id}/uses")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> use(@PathVariable long id, @Valid @RequestBody OpinionForms.Use form) {
        return Map.of("id", commands.use(CurrentUser.require(), id, form));
    }
}
