/**
 * Proposals (提案) from draft to publication, on the BPMN model {@code proposal.bpmn20.xml} beside the
 * module's mapper files. The platform's tables hold each proposal, its people and its state; Flowable
 * holds the tasks. Other modules and the demo data act through {@link org.cppcc.platform.proposal.ProposalActions}.
 */
@ApplicationModule(
        displayName = "提案",
        allowedDependencies = {"account", "calendar", "engine", "organisation", "shared"})
package org.cppcc.platform.proposal;

import org.springframework.modulith.ApplicationModule;
