package org.cppcc.platform.consultation.internal;

/** Receives a generated key from an insert that has no record object of its own. */
public class GeneratedId {
    public Long id;
}
