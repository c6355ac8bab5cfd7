package org.cppcc.platform.consultation.internal;

import java.time.LocalDateTime;

/** A row of consultation_decision: the agreed outcome of one round. */
public class DecisionRow {
    public Long id;
    public long matterId;
    public int roundNo;
    public String summary;
    public long decidedBy;
    public LocalDateTime decidedAt;
    public Long publishedBy;
    public LocalDateTime publishedAt;
}
