package org.cppcc.platform.proposal;

/** A proposer's verdict on the feedback form. */
public enum Satisfaction {
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    UNSATISFIED
}
