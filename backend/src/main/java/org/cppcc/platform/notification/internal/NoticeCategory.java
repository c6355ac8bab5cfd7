package org.cppcc.platform.notification.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notice, grouped so that a person chooses channels for a handful of groups rather than for every
 * step: each notice carries one category, and preferences are kept per account and category.
 */
enum NoticeCategory {
    PROPOSAL("提案进展", "您提出或附议的提案：立案、不予立案、退回修改、转办并案、交办、签收、答复、重新办理、办结、公开，联名和协商会邀请"),
    HANDLING("承办事项", "本单位的承办工作：新交办、退回申请和延期申请的结果、会办会签、答复审核退回、重新办理"),
    OFFICE("待审批事项", "提案委的待办：新提案待审查、退回申请、延期申请、答复待审核、不满意评价"),
    REMINDER("到期提醒", "签收、沟通、答复、评价等期限到期前的提醒"),
    OVERDUE("超期预警", "期限已过的预警，按级别送达承办单位、单位领导和领衔督办领导"),
    CHASE("催办", "提案委对承办单位的催办"),
    INSTRUCTION("领导批示", "领导批示及各承办单位的阅办情况"),
    KEY_PROPOSAL("重点提案", "重点提案的审定、领衔督办和结束督办"),
    AWARD("优秀提案", "您提出或联名的提案被评为优秀提案"),
    CONSULTATION("微协商", "您反映的事项的受理、定事、公开、办理进展和结果，本单位承担的微协商措施"),
    OPINION("社情民意", "您撰写或联名的社情民意信息：转来、编辑、采用或不予采用、报送、领导批示、采用情况；提案委：新信息待审核"),
    DUTY("履职活动", "全体会议、常委会、视察、调研、培训等活动的邀请");

    private final String label;
    private final String description;

    NoticeCategory(String label, String description) {
        this.label = label;
        this.description = description;
    }

    String label() {
        return label;
    }

    String description() {
        return description;
    }

    static Optional<NoticeCategory> of(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
