package org.cppcc.platform.appraisal.internal;

import java.util.Map;

import org.cppcc.platform.shared.web.LabelSource;
import org.springframework.stereotype.Component;

/** The assessment items, round states and nominator kinds as the screens name them. */
@Component
class AppraisalLabels implements LabelSource {

    @Override
    public Map<String, Map<String, String>> labels() {
        return Map.of(
                "ASSESSMENT_ITEM", LabelSource.of(AssessmentItem.class, AssessmentItem::label),
                "AWARD_ROUND_STATE", LabelSource.of(RoundState.class, RoundState::label),
                "NOMINATOR_KIND", LabelSource.of(NominatorKind.class, NominatorKind::label));
    }
}
