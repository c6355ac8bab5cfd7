package org.cppcc.platform.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks a password and keeps the lockout: 5 failures in a row lock the account for 15 minutes. */
@Service
class LoginService {

    private final AccountMapper accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;
    private final String unknownUserHash;

    LoginService(
            AccountMapper accounts,
            PasswordEncoder passwordEncoder,
            Clock clock,
            @Value("${platform.login.max-failures:5}") int maxFailures,
            @Value("${platform.login.lock-duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        // Checked against for unknown usernames, so that they take as long as known ones.
        this.unknownUserHash = passwordEncoder.encode("unknown-user-timing-guard-1");
    }

    /** Failed attempts are counted even though the login is refused, hence no rollback on refusal. */
    @Transactional(noRollbackFor = ApiException.class)
    public PlatformUser authenticate(String username, String password) {
        AccountRow account = accounts.findByUsername(username);
        if (account == null) {
            passwordEncoder.matches(password, unknownUserHash);
            throw badCredentials();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (account.lockedAt(now)) {
            throw locked(account.lockedUntil);
        }
        if (!passwordEncoder.matches(password, account.passwordHash)) {
            accounts.countFailure(account.id, now);
            AccountRow counted = accounts.findById(account.id);
            if (counted.failedLogins >= maxFailures) {
                LocalDateTime until = now.plus(lockDuration);
                accounts.lock(account.id, until, now);
                throw locked(until);
            }
            throw badCredentials();
        }
        if (!account.enabled) {
            throw new ApiException(ErrorCode.AUTH_DISABLED, ErrorCode.AUTH_DISABLED.defaultMessage());
        }
        accounts.clearFailures(account.id);
        if (passwordEncoder.upgradeEncoding(account.passwordHash)) {
            // A generated initial password was hashed at a low cost (GeneratedPasswords): now the full one.
            accounts.rehash(account.id, passwordEncoder.encode(password));
        }
        return account.toUser();
    }

    private static ApiException badCredentials() {
        return new ApiException(ErrorCode.AUTH_BAD_CREDENTIALS, ErrorCode.AUTH_BAD_CREDENTIALS.defaultMessage());
    }

    private ApiException locked(LocalDateTime until) {
        return new ApiException(
                ErrorCode.AUTH_LOCKED,
                "密码连续错误" + maxFailures + "次，账户已锁定" + lockDuration.toMinutes() + "分钟，请于"
                        + until.format(DateTimeFormatter.ofPattern("HH:mm")) + "后再试");
    }
}
