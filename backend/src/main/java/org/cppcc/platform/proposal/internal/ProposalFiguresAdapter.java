package org.cppcc.platform.proposal.internal;

import java.util.List;

import org.cppcc.platform.proposal.ProposalFigures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ProposalFigures} over the kept figures ({@link FiguresModelMapper}, kept by {@link FiguresKeeper}): one
 * GROUP BY per table of the board. The on-read {@link FiguresMapper} stays the reference they are tested against.
 */
@Component
@Transactional(readOnly = true)
class ProposalFiguresAdapter implements ProposalFigures {

    private final FiguresModelMapper mapper;

    ProposalFiguresAdapter(FiguresModelMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ProposalCounts totals(Scope scope) {
        return mapper.totals(query(scope));
    }

    @Override
    public List<ProposalCounts> by(Scope scope, Dimension dimension) {
        boolean textKey = dimension == Dimension.CATEGORY || dimension == Dimension.COMMITTEE;
        return mapper.by(query(scope), dimension.name()).stream()
                .map(c -> textKey ? withKey(c, null, c.keyText()) : withKey(c, c.keyId(), null))
                .toList();
    }

    @Override
    public List<UnitCounts> byUnit(Scope scope) {
        return mapper.byUnit(query(scope));
    }

    @Override
    public List<ProposalLine> proposals(Scope scope, Drill drill, int offset, int limit) {
        return mapper.proposals(query(scope), drillQuery(drill), offset, limit);
    }

    @Override
    public long countProposals(Scope scope, Drill drill) {
        return mapper.countProposals(query(scope), drillQuery(drill));
    }

    private static FiguresMapper.Query query(Scope scope) {
        return new FiguresMapper.Query(
                scope.from(), scope.to() == null ? null : scope.to().plusDays(1), scope.sessionId(), scope.unitId());
    }

    private static FiguresMapper.DrillQuery drillQuery(Drill drill) {
        return new FiguresMapper.DrillQuery(
                drill.figure().name(),
                drill.dimension() == null ? null : drill.dimension().name(),
                drill.keyId(),
                drill.keyText(),
                drill.unitId(),
                drill.role() == null ? null : drill.role().name());
    }

    private static ProposalCounts withKey(ProposalCounts c, Long keyId, String keyText) {
        return new ProposalCounts(
                keyId,
                keyText,
                c.submitted(),
                c.registered(),
                c.refused(),
                c.merged(),
                c.converted(),
                c.replied(),
                c.contacted(),
                c.evaluated(),
                c.satisfied(),
                c.classA(),
                c.classB(),
                c.classC(),
                c.rehandled());
    }
}
