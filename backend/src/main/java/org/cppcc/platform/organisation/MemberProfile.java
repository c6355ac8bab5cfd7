package org.cppcc.platform.organisation;

public record MemberProfile(
        long id,
        String name,
        String sectorName,
        MemberLevel level,
        String workstationName,
        String party,
        String workplace) {}
