package org.cppcc.platform.consultation.internal;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.cppcc.platform.consultation.DutyKind;
import org.cppcc.platform.consultation.DutyPeriod;

/** A duty of the roster, with the member's and the workstation's names. */
public record DutyView(
        long id,
        long workstationId,
        String workstationName,
        long memberId,
        String memberName,
        LocalDate dutyDate,
        DutyPeriod period,
        DutyKind kind,
        String note) {

    @JsonProperty
    public String periodLabel() {
        return period.label();
    }

    @JsonProperty
    public String kindLabel() {
        return kind.label();
    }
}
