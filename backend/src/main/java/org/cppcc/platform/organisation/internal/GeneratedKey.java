package org.cppcc.platform.organisation.internal;

/** Receives the id the database gave an inserted row. */
class GeneratedKey {
    public Long id;
}
