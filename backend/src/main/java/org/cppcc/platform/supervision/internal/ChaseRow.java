package org.cppcc.platform.supervision.internal;

import java.time.LocalDateTime;

/** The office chasing one unit, or all units, of a proposal. */
public class ChaseRow {
    public Long id;
    public long proposalId;
    public Long unitId;
    public String unitName;
    public String message;
    public long chasedBy;
    public String chaserName;
    public LocalDateTime createdAt;
}
