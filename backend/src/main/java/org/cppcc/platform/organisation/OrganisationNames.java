package org.cppcc.platform.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Names by id, in batch (one query per kind), for modules that count by id and show names: the statistics board.
 * Ids without a record are left out of the maps.
 */
public interface OrganisationNames {

    Map<Long, String> units(Collection<Long> unitIds);

    Map<Long, String> sectors(Collection<Long> sectorIds);

    Map<Long, String> members(Collection<Long> memberIds);

    Map<Long, String> sessions(Collection<Long> sessionIds);

    /** Every enabled workstation with its subdistrict, in the subdistricts' order, stations before rooms. */
    List<Station> workstations();

    record Station(long id, String name, WorkstationKind kind, long subdistrictId, String subdistrictName) {}
}
