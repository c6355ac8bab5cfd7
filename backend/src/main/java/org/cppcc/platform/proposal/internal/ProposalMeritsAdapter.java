package org.cppcc.platform.proposal.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.CosignerStatus;
import org.cppcc.platform.proposal.ProposalMerits;
import org.cppcc.platform.proposal.ProposalState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ProposalMerits} over the existing reads of {@link ProposalMapper}: no SQL of its own. */
@Component
class ProposalMeritsAdapter implements ProposalMerits {

    private static final Set<ProposalState> NOT_REGISTERED =
            EnumSet.of(ProposalState.REFUSED, ProposalState.CONVERTED, ProposalState.MERGED);

    private final ProposalMapper proposals;

    ProposalMeritsAdapter(ProposalMapper proposals) {
        this.proposals = proposals;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Merits> merits(long proposalId) {
        ProposalRow p = proposals.findById(proposalId);
        if (p == null) {
            return Optional.empty();
        }
        Set<Long> accounts = new LinkedHashSet<>();
        Set<Long> members = new LinkedHashSet<>();
        accounts.add(p.ownerAccountId);
        if (p.leadMemberId != null) {
            members.add(p.leadMemberId);
        }
        proposals.cosigners(proposalId).stream()
                .filter(c -> c.status() == CosignerStatus.CONFIRMED || c.status() == CosignerStatus.MERGED)
                .forEach(c -> {
                    members.add(c.memberId());
                    if (c.accountId() != null) {
                        accounts.add(c.accountId());
                    }
                });
        List<Long> units = proposals.assignments(proposalId).stream()
                .filter(a -> a.status != AssignmentStatus.RETURNED)
                .map(a -> a.unitId)
                .distinct()
                .toList();
        return Optional.of(new Merits(
                p.id,
                p.sessionId,
                p.proposalNumber,
                p.title,
                p.state,
                p.proposalNumber != null && !NOT_REGISTERED.contains(p.state),
                List.copyOf(accounts),
                List.copyOf(members),
                units));
    }
}
