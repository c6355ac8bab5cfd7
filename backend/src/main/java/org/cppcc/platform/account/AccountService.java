package org.cppcc.platform.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The account capability's public API for other modules. */
public interface AccountService {

    /** Opens an account after checking the username, roles and password policy; returns its id. */
    long open(NewAccount account);

    boolean exists(String username);

    /**
     * Opens many accounts in one go (an import), each with a random password generated here and returned once,
     * in the order given; {@link NewAccount#password()} is ignored. Batched inserts: thousands take seconds.
     */
    List<IssuedLogin> openWithGeneratedPasswords(List<NewAccount> accounts);

    /** Which of these (normalised) usernames are already taken, in one query. */
    Set<String> takenUsernames(Collection<String> usernames);

    /** The signed-in form of an account, for acting on someone's behalf in batch work such as the demo data. */
    Optional<PlatformUser> user(String username);

    /** The enabled accounts bound to a handling unit. */
    List<Long> accountsOfUnit(long unitId);

    /** Name, e-mail and unit of an account, for notifications. */
    Optional<AccountContact> contact(long accountId);

    /** The enabled accounts bound to any of these units, in one query. */
    List<Long> accountsOfUnits(Collection<Long> unitIds);

    /** Contacts of these accounts (those that exist), in one query: notifications address many at once. */
    List<AccountContact> contacts(Collection<Long> accountIds);

    /** The enabled accounts holding a role (e.g. every proposal office account), by id. */
    List<Long> accountsWithRole(Role role);

    /** The roles of an account; empty when there is no such account. */
    Set<Role> roles(long accountId);

    /** Adds a role to an account (an existing login linked to a new member profile gets MEMBER). */
    void grant(long accountId, Role role);

    /** Lets an account log in or not (a retired member's login is disabled); its open sessions end at once. */
    void setEnabled(long accountId, boolean enabled);
}
