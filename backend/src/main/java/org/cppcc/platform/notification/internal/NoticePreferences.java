package org.cppcc.platform.notification.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.account.AccountContact;
import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.shared.error.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each account's choice of channels per category of notice: the centre (站内), e-mail (each, daily, none), SMS. */
@Service
class NoticePreferences {

    private final NotificationMapper notifications;
    private final AccountService accounts;
    private final EmailOutbox outbox;
    private final SmsOutbox sms;
    private final Clock clock;

    NoticePreferences(
            NotificationMapper notifications, AccountService accounts, EmailOutbox outbox, SmsOutbox sms, Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.outbox = outbox;
        this.sms = sms;
        this.clock = clock;
    }

    /** {@code smsAvailable}: an SMS template is configured for the category (and SMS is on). */
    record Item(
            String category,
            String label,
            String description,
            boolean inApp,
            EmailChoice email,
            boolean sms,
            boolean smsAvailable) {}

    /** The choices, with what the screen must say: whether e-mail and SMS can reach this person at all. */
    record View(boolean mailServer, String emailAddress, boolean smsEnabled, String phone, List<Item> items) {}

    record ItemForm(
            @NotBlank(message = "通知类别不能为空") String category,
            @NotNull(message = "请选择是否在通知中心接收") Boolean inApp,
            @NotBlank(message = "请选择邮件接收方式") String email,
            Boolean sms) {}

    record Form(
            @NotNull(message = "通知设置不能为空") @Size(max = 20, message = "通知类别过多")
            List<@Valid ItemForm> items) {}

    View of(long accountId) {
        Map<String, PreferenceRow> chosen = notifications.preferencesOf(accountId).stream()
                .collect(Collectors.toMap(p -> p.category, Function.identity()));
        List<Item> items = Arrays.stream(NoticeCategory.values())
                .map(c -> {
                    Preference p =
                            chosen.containsKey(c.name()) ? chosen.get(c.name()).toPreference() : Preference.standard(c);
                    return new Item(
                            c.name(), c.label(), c.description(), p.inApp(), p.email(), p.sms(), sms.canSend(c.name()));
                })
                .toList();
        AccountContact contact = accounts.contact(accountId).orElse(null);
        String address = contact == null ? null : blankToNull(contact.email());
        String phone = contact == null ? null : blankToNull(contact.phone());
        return new View(outbox.canSend(), address, sms.canSend(), phone, items);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Transactional
    View save(long accountId, Form form) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.items().size(); i++) {
            ItemForm item = form.items().get(i);
            if (NoticeCategory.of(item.category()).isEmpty() || !seen.add(item.category())) {
                throw ApiException.invalid("items[" + i + "].category", "通知类别不正确或重复");
            }
            if (Arrays.stream(EmailChoice.values()).noneMatch(c -> c.name().equals(item.email()))) {
                throw ApiException.invalid("items[" + i + "].email", "邮件接收方式不正确");
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        for (ItemForm item : form.items()) {
            PreferenceRow row = new PreferenceRow();
            row.accountId = accountId;
            row.category = item.category();
            row.inApp = item.inApp();
            row.email = item.email();
            row.sms = Boolean.TRUE.equals(item.sms());
            if (notifications.updatePreference(row, now) == 0) {
                notifications.insertPreference(row, now);
            }
        }
        return of(accountId);
    }
}
