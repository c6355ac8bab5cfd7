package org.cppcc.platform.organisation;

import java.util.List;
import java.util.Optional;

/** Read access to the organisation for other modules. */
public interface OrganisationDirectory {

    Optional<CommitteeSession> currentSession();

    Optional<CommitteeSession> session(long sessionId);

    OrganisationCounts counts();

    Optional<MemberProfile> memberOfAccount(long accountId);

    /** The member with the account they sign in with; empty when there is no such (enabled) member. */
    Optional<MemberRef> member(long memberId);

    Optional<UnitRef> unit(long unitId);

    boolean sectorExists(long sectorId);

    /** The enabled entries of a dictionary (PROPOSAL_CATEGORY, REFUSAL_REASON …). */
    List<DictionaryEntry> dictionary(String type);

    record MemberRef(long id, String name, Long accountId, long sectorId, String sectorName) {}

    record UnitRef(long id, String code, String name, UnitKind kind, boolean enabled) {}

    record DictionaryEntry(String code, String label) {}
}
