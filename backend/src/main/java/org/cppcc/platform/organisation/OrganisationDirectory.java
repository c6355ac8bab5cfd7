package org.cppcc.platform.organisation;

import java.util.Optional;

/** Read access to the organisation for other modules. */
public interface OrganisationDirectory {

    Optional<CommitteeSession> currentSession();

    OrganisationCounts counts();

    Optional<MemberProfile> memberOfAccount(long accountId);
}
