package org.cppcc.platform.supervision.internal;

import java.time.LocalDateTime;

/** One unit's acknowledgement of an instruction (empty until the unit has read and answered it). */
public class InstructionAckRow {
    public long instructionId;
    public Long proposalId;
    public String proposalTitle;
    public long unitId;
    public String unitName;
    public Long acknowledgedBy;
    public LocalDateTime acknowledgedAt;
    public String note;
}
