package org.cppcc.platform.consultation.internal;

import java.time.LocalDate;
import java.util.List;

import org.cppcc.platform.consultation.MatterState;

/** A list query of matters: the viewer's scope, then the screen's filters. */
public class MatterSearch {
    /** Only what the public site shows. */
    public boolean publicOnly;
    /** Every workstation (the proposal office and leaders); otherwise the lists below decide. */
    public boolean everything;

    public List<Long> workstationIds = List.of();
    public Long unitId;
    public Long raiserAccountId;
    /** Filters. */
    public Long workstationId;

    public MatterState state;
    public List<MatterState> states;
    /** Only matters with a published decision (the district page's recent outcomes). */
    public boolean publishedOnly;

    public String like;
    public LocalDate today;
    public long offset;
    public int limit;
}
