package org.cppcc.platform.proposal;

/** A handling unit's part in one proposal. */
public enum UnitRole {
    /** 主办 */
    LEAD,
    /** 会办/协办 */
    ASSISTING,
    /** 分办 */
    SPLIT
}
