/**
 * Statistics (统计): the board of proposal and micro-consultation figures for the office and leaders, a unit's own
 * board and the public one. It composes the figures that the owning modules count over their own tables
 * ({@link org.cppcc.platform.proposal.ProposalFigures}, {@link org.cppcc.platform.consultation.MatterFigures}) and
 * names them through {@link org.cppcc.platform.organisation.OrganisationNames}; it has no tables of its own.
 */
@ApplicationModule(
        displayName = "统计",
        allowedDependencies = {"account", "consultation", "opinion", "organisation", "proposal", "shared"})
package org.cppcc.platform.statistics;

import org.springframework.modulith.ApplicationModule;
