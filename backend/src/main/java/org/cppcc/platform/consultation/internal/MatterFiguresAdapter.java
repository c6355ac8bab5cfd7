package org.cppcc.platform.consultation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cppcc.platform.consultation.MatterFigures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link MatterFigures} over {@link MatterFiguresMapper}: matters and duties counted apart, joined by station. */
@Component
@Transactional(readOnly = true)
class MatterFiguresAdapter implements MatterFigures {

    private final MatterFiguresMapper mapper;

    MatterFiguresAdapter(MatterFiguresMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<StationCounts> byWorkstation(Period period) {
        Map<Long, StationCounts> rows = new TreeMap<>();
        for (StationCounts c : mapper.matterCounts(period.from(), next(period.to()))) {
            rows.put(c.workstationId(), c);
        }
        for (MatterFiguresMapper.DutyCount d : mapper.dutyCounts(period.from(), period.to())) {
            StationCounts c =
                    rows.getOrDefault(d.workstationId(), new StationCounts(d.workstationId(), 0, 0, 0, 0, 0, 0, 0));
            rows.put(
                    d.workstationId(),
                    new StationCounts(
                            c.workstationId(),
                            c.raised(),
                            c.consulted(),
                            c.decided(),
                            c.done(),
                            c.evaluations(),
                            c.satisfied(),
                            d.duties()));
        }
        return List.copyOf(rows.values());
    }

    @Override
    public List<MatterLine> matters(
            Period period, Figure figure, Collection<Long> workstationIds, int offset, int limit) {
        if (workstationIds != null && workstationIds.isEmpty()) {
            return List.of();
        }
        return mapper.matters(period.from(), next(period.to()), figure.name(), workstationIds, offset, limit);
    }

    @Override
    public long countMatters(Period period, Figure figure, Collection<Long> workstationIds) {
        if (workstationIds != null && workstationIds.isEmpty()) {
            return 0;
        }
        return mapper.countMatters(period.from(), next(period.to()), figure.name(), workstationIds);
    }

    private static LocalDate next(LocalDate day) {
        return day == null ? null : day.plusDays(1);
    }
}
