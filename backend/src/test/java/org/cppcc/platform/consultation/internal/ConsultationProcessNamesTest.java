package org.cppcc.platform.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cppcc.platform.engine.BpmnNames;
import org.junit.jupiter.api.Test;

/** Every name the code uses for the consultation model is in the model. */
class ConsultationProcessNamesTest {

    private final BpmnNames model = BpmnNames.of("org/cppcc/platform/consultation/consultation.bpmn20.xml");

    @Test
    void processTasksAndVariablesAreInTheModel() {
        assertThat(model.processIds()).contains(ConsultationProcess.KEY);
        assertThat(model.userTaskIds()).containsAll(BpmnNames.constants(ConsultationProcess.Tasks.class));
        assertThat(BpmnNames.constants(ConsultationProcess.Variables.class))
                .allSatisfy(
                        name -> assertThat(model.usesVariable(name)).as(name).isTrue());
    }
}
