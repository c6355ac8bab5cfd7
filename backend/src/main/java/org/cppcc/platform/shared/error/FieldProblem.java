package org.cppcc.platform.shared.error;

/** One field's complaint: the field's JSON name and a Chinese message that names it. */
public record FieldProblem(String field, String message) {}
