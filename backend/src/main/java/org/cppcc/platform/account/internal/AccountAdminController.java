package org.cppcc.platform.account.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.cppcc.platform.account.Role;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/accounts")
@Validated
class AccountAdminController {

    private final AccountManagement accounts;

    AccountAdminController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    record PasswordReset(@NotBlank(message = "新密码不能为空") String password) {}

    @GetMapping
    PageResult<AccountView> list(@Valid PageQuery query, @RequestParam(required = false) Role role) {
        return accounts.find(query, role);
    }

    @GetMapping("/{id}")
    AccountView get(@PathVariable long id) {
        return accounts.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountView create(@Valid @RequestBody AccountCreation creation) {
        return accounts.get(accounts.open(creation.toNewAccount()));
    }

    @PutMapping("/{id}")
    AccountView update(@PathVariable long id, @Valid @RequestBody AccountUpdate update) {
        return accounts.update(id, update);
    }

    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable long id, @Valid @RequestBody PasswordReset reset) {
        accounts.resetPassword(id, reset.password());
    }

    @PostMapping("/{id}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable long id) {
        accounts.unlock(id);
    }
}
