package org.cppcc.platform.proposal;

public enum CosignerStatus {
    /** Chosen on the draft, not yet asked */
    PENDING,
    /** 待确认 */
    INVITED,
    /** 已确认: counts as a proposer */
    CONFIRMED,
    /** 已谢绝 */
    DECLINED,
    /** 未在期限内确认: does not count */
    EXPIRED,
    /** A proposer of a proposal merged into this one: receives its reply */
    MERGED
}
