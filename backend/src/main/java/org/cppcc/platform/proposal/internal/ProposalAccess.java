package org.cppcc.platform.proposal.internal;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.MemberProfile;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * Who may see which proposal. A draft is its proposer's alone; invited co-signers see it from the
 * invitation on; a unit sees only what is assigned to it; the office and leaders see every submitted one.
 */
@Component
class ProposalAccess {

    private final ProposalMapper proposals;
    private final OrganisationDirectory directory;

    ProposalAccess(ProposalMapper proposals, OrganisationDirectory directory) {
        this.proposals = proposals;
        this.directory = directory;
    }

    boolean canView(PlatformUser user, ProposalRow proposal) {
        if (proposal.ownerAccountId == user.id()) {
            return true;
        }
        if (user.has(Role.PROPOSAL_OFFICE) || user.has(Role.LEADER)) {
            return proposal.state != ProposalState.DRAFT;
        }
        if (user.has(Role.HANDLING_UNIT)
                && user.unitId() != null
                && proposals.unitAssigned(proposal.id, user.unitId())) {
            return true;
        }
        Long memberId = memberId(user);
        return memberId != null && proposals.isCosigner(proposal.id, memberId);
    }

    /** The proposal, if the user may see it; an unknown id and a hidden one look the same (404). */
    ProposalRow viewable(PlatformUser user, long proposalId) {
        ProposalRow proposal = proposals.findById(proposalId);
        if (proposal == null || !canView(user, proposal)) {
            throw ApiException.notFound("提案");
        }
        return proposal;
    }

    Long memberId(PlatformUser user) {
        return user.has(Role.MEMBER)
                ? directory.memberOfAccount(user.id()).map(MemberProfile::id).orElse(null)
                : null;
    }

    static void requireRole(PlatformUser user, Role role) {
        if (!user.has(role)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有" + role.label() + "可以进行此操作");
        }
    }

    static void requireOwner(PlatformUser user, ProposalRow proposal) {
        if (proposal.ownerAccountId != user.id()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有提案人本人可以进行此操作");
        }
    }

    static void requireState(ProposalRow proposal, ProposalState... allowed) {
        for (ProposalState state : allowed) {
            if (proposal.state == state) {
                return;
            }
        }
        throw stateConflict(proposal.state);
    }

    static ApiException stateConflict(ProposalState current) {
        return new ApiException(ErrorCode.STATE_CONFLICT, "提案当前状态为「" + current.label() + "」，不能进行此操作");
    }
}
