/**
 * Official documents (公文) rendered from the records, as Word (.docx) and PDF: the 提案表, the 答复函 in the
 * layout of GB/T 9704-2012, the 征询意见表, a unit's 交办清单 and a session's 提案汇编. The module keeps no
 * tables: it reads the records through {@link org.cppcc.platform.proposal.ProposalPapers}, which applies the
 * same visibility as the proposal's own screens.
 */
@ApplicationModule(
        displayName = "公文",
        allowedDependencies = {"account", "duty", "organisation", "proposal", "shared"})
package org.cppcc.platform.document;

import org.springframework.modulith.ApplicationModule;
