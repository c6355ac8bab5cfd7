package org.cppcc.platform.account;

import java.util.Optional;

import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the acting user of the current request. Async work has none and must be handed the user. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<PlatformUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PlatformUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static PlatformUser require() {
        return find().orElseThrow(
                        () -> new ApiException(ErrorCode.UNAUTHENTICATED, ErrorCode.UNAUTHENTICATED.defaultMessage()));
    }
}
