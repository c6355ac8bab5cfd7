package org.cppcc.platform.organisation;

public enum WorkstationKind {
    /** 委员工作站, one per subdistrict */
    STATION,
    /** 委员工作室, in a community */
    ROOM
}
