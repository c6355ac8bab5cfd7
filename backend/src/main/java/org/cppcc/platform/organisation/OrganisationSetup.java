package org.cppcc.platform.organisation;

import java.time.LocalDate;

/** Writes the organisation's master data; used by the administrators' screens and the demo data. */
public interface OrganisationSetup {

    long openSession(int term, int meeting, String name, LocalDate openedOn, LocalDate cosignDeadline, boolean current);

    long createSector(String code, String name, int sortOrder);

    long createUnit(String code, String name, UnitKind kind, String contactName, String contactPhone);

    long createSubdistrict(String name, int sortOrder);

    long createCommunity(long subdistrictId, String name);

    long createWorkstation(String name, WorkstationKind kind, long subdistrictId, Long communityId, String address);

    long createMember(NewMember member);

    void appointLiaison(long workstationId, long accountId);

    record NewMember(
            Long accountId,
            String name,
            String gender,
            long sectorId,
            MemberLevel level,
            String party,
            String workplace,
            String phone,
            Long workstationId) {}
}
