package org.cppcc.platform.consultation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.cppcc.platform.consultation.MatterFigures.MatterLine;
import org.cppcc.platform.consultation.MatterFigures.StationCounts;

/** The statistics board's micro-consultation counts; {@code toNext} is the day after the period's last day. */
@Mapper
interface MatterFiguresMapper {

    record DutyCount(long workstationId, long duties) {}

    List<StationCounts> matterCounts(@Param("from") LocalDate from, @Param("toNext") LocalDate toNext);

    List<DutyCount> dutyCounts(@Param("from") LocalDate from, @Param("to") LocalDate to);

    List<MatterLine> matters(
            @Param("from") LocalDate from,
            @Param("toNext") LocalDate toNext,
            @Param("figure") String figure,
            @Param("workstationIds") Collection<Long> workstationIds,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long countMatters(
            @Param("from") LocalDate from,
            @Param("toNext") LocalDate toNext,
            @Param("figure") String figure,
            @Param("workstationIds") Collection<Long> workstationIds);
}
