package org.cppcc.platform.consultation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Micro-consultation's figures for the statistics board, counted over this module's tables per workstation (by id:
 * the organisation module holds workstations' names and places). docs/statistics.md defines every figure.
 * A matter counts in the period it was raised in; a duty in the period of its day.
 */
public interface MatterFigures {

    /** Both ends included; null = open. */
    record Period(LocalDate from, LocalDate to) {}

    record StationCounts(
            long workstationId,
            long raised,
            long consulted,
            long decided,
            long done,
            long evaluations,
            long satisfied,
            long duties) {}

    enum Figure {
        RAISED,
        CONSULTED,
        DECIDED,
        DONE,
        EVALUATED
    }

    record MatterLine(
            long id, String trackingCode, long workstationId, String title, MatterState state, LocalDate raisedOn) {}

    /** One row per workstation with a matter or a duty in the period. */
    List<StationCounts> byWorkstation(Period period);

    /** The matters behind a figure of these workstations (all when null), newest first. */
    List<MatterLine> matters(Period period, Figure figure, Collection<Long> workstationIds, int offset, int limit);

    long countMatters(Period period, Figure figure, Collection<Long> workstationIds);
}
