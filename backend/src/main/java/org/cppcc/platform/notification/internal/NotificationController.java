package org.cppcc.platform.notification.internal;

import java.util.Map;
import jakarta.validation.Valid;

import org.cppcc.platform.account.CurrentUser;
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

/** The signed-in person's notification centre: always their own notices only. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final NotificationService service;
    private final NoticePreferences preferences;

    NotificationController(NotificationService service, NoticePreferences preferences) {
        this.service = service;
        this.preferences = preferences;
    }

    @GetMapping
    PageResult<NotificationView> inbox(
            @Valid PageQuery page, @RequestParam(defaultValue = "false") boolean unreadOnly) {
        return service.inbox(CurrentUser.require().id(), unreadOnly, page);
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("count", service.unread(CurrentUser.require().id()));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(@PathVariable long id) {
        service.markRead(CurrentUser.require().id(), id);
    }

    @PostMapping("/read-all")
    Map<String, Integer> markAllRead() {
        return Map.of("marked", service.markAllRead(CurrentUser.require().id()));
    }

    @GetMapping("/preferences")
    NoticePreferences.View preferences() {
        return preferences.of(CurrentUser.require().id());
    }

    @PutMapping("/preferences")
    NoticePreferences.View savePreferences(@Valid @RequestBody NoticePreferences.Form form) {
        return preferences.save(CurrentUser.require().id(), form);
    }
}
