package org.cppcc.platform.proposal.internal;

import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.shared.web.PageQuery;

/** A list query: who is looking (which decides the scope) and the screen's filters. */
public class ProposalSearch {

    public enum Scope {
        /** The proposer's own proposals and those they were asked to co-sign. */
        MINE,
        /** Proposals assigned to the viewer's unit. */
        UNIT,
        /** Every submitted proposal: the proposal office and leaders. */
        SUBMITTED,
        /** Published proposals, for the public site. */
        PUBLISHED
    }

    public Scope scope;
    public long accountId;
    public Long memberId;
    public Long unitId;
    public Long sessionId;
    public ProposalState state;
    public String category;
    public Long sectorId;
    public Long assignedUnitId;
    public ProposerType proposerType;
    public String like;
    public long offset;
    public int limit;
    /** The count stops after this many rows (the page's bounded count). */
    public int countLimit = PageQuery.COUNT_CAP + 1;
}
