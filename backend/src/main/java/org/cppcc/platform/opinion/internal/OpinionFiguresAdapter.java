package org.cppcc.platform.opinion.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.cppcc.platform.opinion.OpinionFigures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class OpinionFiguresAdapter implements OpinionFigures {

    private final OpinionMapper mapper;

    OpinionFiguresAdapter(OpinionMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Counts totals(Integer year) {
        return counts(mapper.totals(from(year), to(year)));
    }

    @Override
    public List<MemberCounts> byMember(Integer year) {
        return mapper.byMember(from(year), to(year)).stream()
                .map(r -> new MemberCounts(r.keyId, r.keyName, r.sectorName, counts(r)))
                .toList();
    }

    @Override
    public List<SectorCounts> bySector(Integer year) {
        return mapper.bySector(from(year), to(year)).stream()
                .map(r -> new SectorCounts(r.keyId, r.keyName == null ? "未填界别" : r.keyName, counts(r)))
                .toList();
    }

    private static Counts counts(OpinionMapper.FigureRow r) {
        return r == null ? new Counts(0, 0, 0, 0) : new Counts(r.submitted, r.adopted, r.sentUpward, r.instructed);
    }

    private static LocalDateTime from(Integer year) {
        return year == null ? null : LocalDateTime.of(year, 1, 1, 0, 0);
    }

    private static LocalDateTime to(Integer year) {
        return year == null ? null : LocalDateTime.of(year + 1, 1, 1, 0, 0);
    }
}
