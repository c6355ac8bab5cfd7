package org.cppcc.platform.account.internal;

import org.cppcc.platform.account.AccountContact;

/** The columns of an account that notifications need. */
public class ContactRow {
    public long id;
    public String username;
    public String displayName;
    public String email;
    public String phone;
    public Long unitId;
    public boolean enabled;

    AccountContact toContact() {
        return new AccountContact(id, username, displayName, email, phone, unitId, enabled);
    }
}
