package org.cppcc.platform.consultation.internal;

import java.util.Map;

import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.shared.web.LabelSource;
import org.springframework.stereotype.Component;

/** The matter states as the screens name them. */
@Component
class ConsultationLabels implements LabelSource {

    @Override
    public Map<String, Map<String, String>> labels() {
        return Map.of("MATTER_STATE", LabelSource.of(MatterState.class, MatterState::label));
    }
}
