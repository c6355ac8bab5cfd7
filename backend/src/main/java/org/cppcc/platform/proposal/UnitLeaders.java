package org.cppcc.platform.proposal;

import java.util.List;

/**
 * Who a handling unit's leaders (分管领导) are. Supervision keeps the list (it escalates overdue work to them);
 * the proposal module asks it here, so that only a leader's account signs off the unit's replies.
 */
public interface UnitLeaders {

    /** The enabled accounts named as the unit's leaders; empty when none is named yet. */
    List<Long> of(long unitId);
}
