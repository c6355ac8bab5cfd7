package org.cppcc.platform.account.internal;

import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final LoginService loginService;
    private final AccountManagement accountManagement;
    private final SecurityContextRepository securityContextRepository;
    private final CsrfTokenRepository csrfTokens;

    AuthController(
            LoginService loginService,
            AccountManagement accountManagement,
            SecurityContextRepository securityContextRepository,
            CsrfTokenRepository csrfTokens) {
        this.loginService = loginService;
        this.accountManagement = accountManagement;
        this.securityContextRepository = securityContextRepository;
        this.csrfTokens = csrfTokens;
    }

    record LoginRequest(
            @NotBlank(message = "用户名不能为空") @Size(max = 50, message = "用户名不能超过50个字符")
            String username,

            @NotBlank(message = "密码不能为空") @Size(max = 64, message = "密码不能超过64个字符")
            String password) {}

    record PasswordChange(
            @NotBlank(message = "原密码不能为空") String oldPassword,
            @NotBlank(message = "新密码不能为空") String newPassword) {}

    record CurrentUserView(
            long id,
            String username,
            String displayName,
            Set<Role> roles,
            Long unitId,
            String unitName,
            Long memberId) {}

    /** Hands the single-page app its CSRF cookie. */
    @GetMapping("/csrf")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void csrf(CsrfToken token) {
        token.getToken();
    }

    @PostMapping("/login")
    CurrentUserView login(
            @Valid @RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
        PlatformUser user = loginService.authenticate(Usernames.normalise(login.username()), login.password());
        // A fresh session id on login defeats session fixation.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                user.roles().stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        securityContextRepository.saveContext(context, request, response);
        // A token seen before login is worth nothing after it.
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        return me(user);
    }

    @GetMapping("/me")
    CurrentUserView me() {
        return me(CurrentUser.require());
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody PasswordChange change, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        accountManagement.changeOwnPassword(
                CurrentUser.require().id(),
                change.oldPassword(),
                change.newPassword(),
                session == null ? null : session.getId());
    }

    private CurrentUserView me(PlatformUser user) {
        AccountView account = accountManagement.get(user.id());
        return new CurrentUserView(
                user.id(),
                user.username(),
                account.displayName(),
                account.roles(),
                account.unitId(),
                account.unitName(),
                accountManagement.memberIdOf(user.id()));
    }
}
