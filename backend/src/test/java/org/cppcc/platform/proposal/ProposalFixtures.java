package org.cppcc.platform.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Request bodies and demo ids the proposal tests share. */
public final class ProposalFixtures {

    private ProposalFixtures() {
    }

    public static long memberId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("SELECT m.id FROM member m JOIN app_account a ON a.id = m.account_id WHERE a.username = ?",
                Long.class, username);
    }

    public static long unitId(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("SELECT id FROM handling_unit WHERE code = ?", Long.class, code);
    }

    public static Map<String, Object> form(String title, String proposerType, List<Long> cosigners) {
        Map<String, Object> form = new HashMap<>();
        form.put("plenary", true);
        form.put("category", "SOCIETY");
        form.put("title", title);
        form.put("situation", "老旧小区加装电梯需求强烈，但协调难、资金筹措难。");
        form.put("analysis", "低层住户意见分歧，补贴标准不清晰，审批流程较长。");
        form.put("suggestions", "一、出台统一补贴标准；二、简化审批流程；三、建立协商调解机制。");
        form.put("proposerType", proposerType);
        form.put("cosignerMemberIds", cosigners);
        form.put("suggestedUnitIds", List.of());
        form.put("consentPublish", true);
        return form;
    }
}
