package org.cppcc.platform.proposal;

/** The body behind a collective proposal. */
public enum BodyKind {
    /** 党派 */
    PARTY,
    /** 人民团体 */
    GROUP,
    /** 界别 */
    SECTOR,
    /** 专委会 */
    COMMITTEE
}
