-- Indexes that match the proposal lists' filters and their order (newest change first), so that a page is read
-- from an index in order and stops after its rows, instead of sorting a whole session (issue 19; measured by
-- ProposalListBenchmark, figures in docs/benchmarks.md). InnoDB appends the primary key (id) to every secondary
-- index, so (…, updated_at, id) serves ORDER BY updated_at DESC, id DESC read backwards.

-- The office's list (every state but drafts) and the counts behind it: covering, so neither touches the rows.
CREATE INDEX ix_proposal_recent ON proposal (updated_at, id, state);
-- Filtered by state (also the public list: published only), by session, by category.
CREATE INDEX ix_proposal_state_recent ON proposal (state, updated_at, id);
CREATE INDEX ix_proposal_session_recent ON proposal (session_id, updated_at, id);
CREATE INDEX ix_proposal_category_recent ON proposal (category, updated_at, id);
-- A unit's own list: the proposals of its assignments, read from the index alone.
CREATE INDEX ix_assignment_unit_proposal ON proposal_assignment (unit_id, status, proposal_id);
