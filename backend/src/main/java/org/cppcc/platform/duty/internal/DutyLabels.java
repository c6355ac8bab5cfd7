package org.cppcc.platform.duty.internal;

import java.util.Map;

import org.cppcc.platform.duty.ActivityKind;
import org.cppcc.platform.duty.EntryKind;
import org.cppcc.platform.shared.web.LabelSource;
import org.springframework.stereotype.Component;

@Component
class DutyLabels implements LabelSource {

    @Override
    public Map<String, Map<String, String>> labels() {
        return Map.of(
                "DUTY_ENTRY_KIND", LabelSource.of(EntryKind.class, EntryKind::label),
                "DUTY_ACTIVITY_KIND", LabelSource.of(ActivityKind.class, ActivityKind::label),
                "DUTY_ANSWER", Map.of("PENDING", "未回复", "ATTEND", "参加", "LEAVE", "请假"));
    }
}
