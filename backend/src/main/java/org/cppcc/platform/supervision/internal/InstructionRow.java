package org.cppcc.platform.supervision.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A leader's instruction on a proposal, with each unit's acknowledgement. */
public class InstructionRow {
    public Long id;
    public long proposalId;
    public long leaderAccountId;
    public String leaderName;
    public String content;
    public LocalDateTime createdAt;
    public List<InstructionAckRow> acks = new ArrayList<>();
}
