package org.cppcc.platform.opinion.internal;

import java.util.Map;

import org.cppcc.platform.opinion.OpinionCategory;
import org.cppcc.platform.opinion.OpinionSource;
import org.cppcc.platform.opinion.OpinionState;
import org.cppcc.platform.shared.web.LabelSource;
import org.springframework.stereotype.Component;

/** The 社情民意 states, categories, sources and history actions as the screens name them. */
@Component
class OpinionLabels implements LabelSource {

    @Override
    public Map<String, Map<String, String>> labels() {
        return Map.of(
                "OPINION_STATE", LabelSource.of(OpinionState.class, OpinionState::label),
                "OPINION_CATEGORY", LabelSource.of(OpinionCategory.class, OpinionCategory::label),
                "OPINION_SOURCE", LabelSource.of(OpinionSource.class, OpinionSource::label),
                "OPINION_ACTION", LabelSource.of(OpinionAction.class, OpinionAction::label));
    }
}
