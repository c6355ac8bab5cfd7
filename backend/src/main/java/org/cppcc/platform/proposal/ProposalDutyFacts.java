package org.cppcc.platform.proposal;

import java.time.LocalDate;
import java.util.List;

/**
 * Who wrote which proposal, for the members' duty records: read once to fill the record from the proposals
 * that existed before it (afterwards it follows the proposal events).
 */
public interface ProposalDutyFacts {

    /** Every proposal that reached the office (submitted), with its lead member and confirmed co-signers. */
    List<Authorship> submittedProposals();

    /**
     * @param leadMemberId null for a proposal of a body (党派、团体)
     * @param registeredOn null when not (yet) registered
     */
    record Authorship(
            long proposalId,
            String title,
            Integer number,
            LocalDate submittedOn,
            LocalDate registeredOn,
            Long leadMemberId,
            List<Long> cosignerMemberIds) {

        public Authorship {
            cosignerMemberIds = cosignerMemberIds == null ? List.of() : List.copyOf(cosignerMemberIds);
        }
    }
}
