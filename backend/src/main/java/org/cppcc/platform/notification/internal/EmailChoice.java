package org.cppcc.platform.notification.internal;

/** How a person wants a category of notices e-mailed. */
enum EmailChoice {
    /** No e-mail. */
    OFF,
    /** One e-mail per notice, as it happens. */
    EACH,
    /** Collected into one e-mail a day (the daily digest). */
    DIGEST
}
