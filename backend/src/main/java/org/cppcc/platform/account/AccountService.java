package org.cppcc.platform.account;

/** The account capability's public API for other modules. */
public interface AccountService {

    /** Opens an account after checking the username, roles and password policy; returns its id. */
    long open(NewAccount account);

    boolean exists(String username);
}
