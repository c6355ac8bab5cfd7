package org.cppcc.platform.account;

import java.io.Serializable;
import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in person as kept in the server-side session. A handling-unit user is bound to exactly one
 * unit: {@code unitId} is what scopes everything a unit may see.
 */
public record PlatformUser(long id, String username, String displayName, Set<Role> roles, Long unitId)
        implements Serializable, AuthenticatedPrincipal {

    /** The name sessions are indexed by, so that an account's sessions can be found and ended. */
    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
