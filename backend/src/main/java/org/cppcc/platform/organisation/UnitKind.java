package org.cppcc.platform.organisation;

public enum UnitKind {
    /** 政府部门 */
    DEPARTMENT,
    /** 街道办事处 */
    SUBDISTRICT_OFFICE,
    /** 其他（群团、驻区单位等） */
    OTHER
}
