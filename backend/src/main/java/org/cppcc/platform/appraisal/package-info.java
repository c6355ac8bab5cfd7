/**
 * Appraisal (考核与评优): the yearly assessment of the handling units (办理质量考核) by scoring rules the office edits
 * and versions per year, scored from {@link org.cppcc.platform.proposal.ProposalFigures#byUnit} with the
 * statistics drill-down as evidence, the office's adjustments, the ranking's publication and the model units
 * (先进承办单位); and the good proposals (优秀提案): nomination rounds, appointed reviewers, the chair's meeting
 * decision and the published list. Publishes {@link org.cppcc.platform.appraisal.events.ProposalAwarded} when a
 * round's awards are published; the proposal module does not know of awards (the front end asks this module).
 */
@ApplicationModule(
        displayName = "考核评优",
        allowedDependencies = {"account", "organisation", "proposal", "shared"})
package org.cppcc.platform.appraisal;

import org.springframework.modulith.ApplicationModule;
