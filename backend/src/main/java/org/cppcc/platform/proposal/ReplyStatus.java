package org.cppcc.platform.proposal;

public enum ReplyStatus {
    /** 起草中 */
    DRAFT,
    /** 会办单位会签中 */
    COUNTERSIGNING,
    /** 单位领导签发 */
    LEADER_APPROVAL,
    /** 提案委审核 */
    OFFICE_CHECK,
    /** 退回修改 (by an assisting unit or the office) */
    RETURNED,
    /** 已答复 */
    SENT
}
