package org.cppcc.platform.consultation.internal;

import org.cppcc.platform.consultation.ParticipantKind;

/** A row of consultation_participant: one invited party of a meeting, its attendance and opinion. */
public class ParticipantRow {
    public Long id;
    public long meetingId;
    public ParticipantKind kind;
    public Long memberId;
    public Long unitId;
    public String name;
    public Boolean attended;
    public String opinion;
}
