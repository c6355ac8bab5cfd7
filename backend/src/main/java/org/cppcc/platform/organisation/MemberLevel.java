package org.cppcc.platform.organisation;

/** Whether a member sits on the district committee or is a city member stationed here. */
public enum MemberLevel {
    DISTRICT,
    CITY
}
