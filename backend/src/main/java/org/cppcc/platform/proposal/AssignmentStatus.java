package org.cppcc.platform.proposal;

public enum AssignmentStatus {
    /** 待签收 */
    AWAITING_SIGN_OFF,
    /** 已签收 */
    SIGNED,
    /** 申请退回 */
    RETURN_REQUESTED,
    /** 已退回 (the office gave it to another unit) */
    RETURNED
}
