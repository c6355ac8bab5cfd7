package org.cppcc.platform.organisation.internal;

import java.util.List;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The sessions screen of the administrator and the proposal office. */
@RestController
@RequestMapping("/api/committee/sessions")
class SessionController {

    private final Sessions sessions;

    SessionController(Sessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    List<SessionView> list() {
        return sessions.all();
    }

    /** A new session's form, filled with the platform's default deadlines. */
    @GetMapping("/blank")
    SessionView blank() {
        return sessions.blank();
    }

    @GetMapping("/{id}")
    SessionView get(@PathVariable long id) {
        return sessions.get(id);
    }

    @GetMapping("/{id}/history")
    List<HistoryMapper.HistoryView> history(@PathVariable long id) {
        return sessions.history(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SessionView create(@Valid @RequestBody SessionForm form) {
        return sessions.create(form);
    }

    @PutMapping("/{id}")
    SessionView update(@PathVariable long id, @Valid @RequestBody SessionForm form) {
        return sessions.update(id, form);
    }

    @PostMapping("/{id}/open")
    SessionView open(@PathVariable long id) {
        return sessions.open(id);
    }

    @PostMapping("/{id}/close")
    SessionView close(@PathVariable long id) {
        return sessions.close(id);
    }
}
