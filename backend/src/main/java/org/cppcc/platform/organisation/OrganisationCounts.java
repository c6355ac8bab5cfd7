package org.cppcc.platform.organisation;

/** Totals of the organisation; {@code membersWithLogin} and {@code unitsWithContact} feed the go-live checklist. */
public record OrganisationCounts(
        long members,
        long units,
        long sectors,
        long workstations,
        long subdistricts,
        long communities,
        long membersWithLogin,
        long unitsWithContact) {}
