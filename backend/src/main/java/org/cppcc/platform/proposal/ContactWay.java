package org.cppcc.platform.proposal;

/** How a unit contacted the proposer (办前沟通方式). */
public enum ContactWay {
    /** 走访 */
    VISIT,
    /** 电话 */
    PHONE,
    /** 座谈 */
    MEETING,
    /** 其他 */
    OTHER
}
