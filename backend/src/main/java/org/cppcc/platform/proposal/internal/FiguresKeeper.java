package org.cppcc.platform.proposal.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the statistics board's figures ({@code proposal_figures}, {@code proposal_unit_figures}) equal to what the
 * on-read reference ({@link FiguresMapper}) derives, in the same transaction as the command that moved them.
 *
 * <p>Every command writes the proposal's history ({@link ProposalHistory}), which tells the keeper; the keeper
 * recomputes the proposal's rows once, just before the transaction commits, so it sees every write of the command
 * whatever their order (a command may write its history before its state). Recomputing one proposal from the
 * reference rather than adding deltas keeps a single definition of each figure.
 */
@Component
class FiguresKeeper {

    private final FiguresMapper reference;
    private final FiguresModelMapper model;

    FiguresKeeper(FiguresMapper reference, FiguresModelMapper model) {
        this.reference = reference;
        this.model = model;
    }

    /** The proposal's figures may have moved: recompute them before this transaction commits. */
    void changed(long proposalId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(proposalId);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Long> ids = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // Ids added while refreshing (none today) would be missed: copy, then refresh.
                    for (Long id : List.copyOf(ids)) {
                        refresh(id);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(FiguresKeeper.this);
                }
            });
            pending = ids;
        }
        pending.add(proposalId);
    }

    /** Recomputes one proposal's kept rows from the reference. */
    void refresh(long proposalId) {
        FiguresMapper.Query one = FiguresMapper.Query.of(proposalId);
        List<FigureRow> rows = reference.figureRows(one);
        FigureRow row = rows.isEmpty() ? null : rows.get(0);
        List<UnitFigureRow> units = row == null ? List.of() : reference.unitFigureRows(one);
        Set<Long> keep = new LinkedHashSet<>();
        units.forEach(u -> keep.add(u.assignmentId()));
        // Delete by primary key only the rows that went away: no range delete, so no gap locks for new proposals.
        for (Long assignmentId : model.unitAssignmentIds(proposalId)) {
            if (!keep.contains(assignmentId)) {
                model.deleteUnitRow(assignmentId);
            }
        }
        if (row == null) {
            model.deleteRow(proposalId);
            return;
        }
        if (model.updateRow(row) == 0) {
            model.insertRow(row);
        }
        for (UnitFigureRow unit : units) {
            if (model.updateUnitRow(unit) == 0) {
                model.insertUnitRow(unit);
            }
        }
    }
}
