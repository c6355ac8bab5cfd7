package org.cppcc.platform.proposal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cppcc.platform.engine.BpmnNames;
import org.junit.jupiter.api.Test;

/** Every name the code uses for the proposal model is in the model. */
class ProposalProcessNamesTest {

    private final BpmnNames model = BpmnNames.of("org/cppcc/platform/proposal/proposal.bpmn20.xml");

    @Test
    void processTasksMessageAndVariablesAreInTheModel() {
        assertThat(model.processIds()).contains(ProposalProcess.KEY);
        assertThat(model.messageNames()).contains(ProposalProcess.KEY_PROPOSAL_APPROVED);
        assertThat(model.userTaskIds()).containsAll(BpmnNames.constants(ProposalProcess.Tasks.class));
        assertThat(BpmnNames.constants(ProposalProcess.Variables.class))
                .allSatisfy(
                        name -> assertThat(model.usesVariable(name)).as(name).isTrue());
    }
}
