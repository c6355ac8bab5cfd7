package org.cppcc.platform.supervision.internal;

import java.util.List;

import org.cppcc.platform.proposal.UnitLeaders;
import org.springframework.stereotype.Component;

/** The unit leaders named for escalation are the same people who sign off their unit's replies. */
@Component
class UnitLeadersAdapter implements UnitLeaders {

    private final SupervisionStore store;

    UnitLeadersAdapter(SupervisionStore store) {
        this.store = store;
    }

    @Override
    public List<Long> of(long unitId) {
        return store.unitLeaders(unitId);
    }
}
