package org.cppcc.platform.proposal;

import java.util.List;
import java.util.Optional;

/**
 * What the appraisal module needs of one proposal to take a nomination for 优秀提案 and to tell its proposers of an
 * award: whether it is registered, who proposed it and which units handled it (every round, returned parts left
 * out). Read over the proposal module's own tables; the proposal module knows nothing of awards.
 */
public interface ProposalMerits {

    /**
     * @param registered given a number and not refused, converted or merged away
     * @param proposerAccountIds the drafter, the lead proposer and the counted co-signers with an account
     * @param proposerMemberIds the lead member and the counted co-signers (members' duty records count by member)
     * @param handlingUnitIds every unit that took a part in any round and did not return it
     */
    record Merits(
            long id,
            long sessionId,
            Integer number,
            String title,
            ProposalState state,
            boolean registered,
            List<Long> proposerAccountIds,
            List<Long> proposerMemberIds,
            List<Long> handlingUnitIds) {}

    Optional<Merits> merits(long proposalId);
}
