package org.cppcc.platform.organisation;

import java.util.List;

/** The enabled members with their sector and special committee, for modules that rank or group members. */
public interface MemberRoster {

    List<RosterMember> enabledMembers();

    record RosterMember(
            long id, String name, Long accountId, long sectorId, String sectorName, String specialCommittee) {}
}
