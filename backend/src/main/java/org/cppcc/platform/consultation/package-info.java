/**
 * Micro-consultation (微协商) at members' workstations by the six-step method (六事工作法): raise, deliberate,
 * decide, publish, implement, evaluate, on the BPMN model {@code consultation.bpmn20.xml}. The platform's
 * tables hold each matter, its meetings, decision, actions, progress, evaluations and history, and the
 * workstations' duty roster; Flowable holds the steps. Other modules and the demo data act through
 * {@link org.cppcc.platform.consultation.ConsultationActions}.
 */
@ApplicationModule(
        displayName = "微协商",
        allowedDependencies = {"account", "calendar", "engine", "organisation", "proposal", "shared"})
package org.cppcc.platform.consultation;

import org.springframework.modulith.ApplicationModule;
