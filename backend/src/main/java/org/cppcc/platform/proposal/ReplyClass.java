package org.cppcc.platform.proposal;

/** 答复类别: A solved or adopted, B being solved or planned, C not possible now, kept for reference. */
public enum ReplyClass {
    A,
    B,
    C;

    /** A follow-up report may only raise the class (C → B → A). */
    public boolean isBetterThan(ReplyClass other) {
        return ordinal() < other.ordinal();
    }
}
