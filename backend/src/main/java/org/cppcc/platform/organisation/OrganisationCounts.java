package org.cppcc.platform.organisation;

public record OrganisationCounts(
        long members, long units, long sectors, long workstations, long subdistricts, long communities) {}
