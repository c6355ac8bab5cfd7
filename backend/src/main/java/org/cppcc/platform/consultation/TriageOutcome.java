package org.cppcc.platform.consultation;

/** What duty staff do with a raised matter. */
public enum TriageOutcome {
    /** 提交协商: take it to consultation (step 2). */
    CONSULT("提交协商议事"),
    /** 直接答复 */
    ANSWER("直接答复"),
    /** 转为社情民意信息 */
    PUBLIC_OPINION("转为社情民意信息"),
    /** 转为委员提案（草稿） */
    PROPOSAL("转为委员提案"),
    /** 与正在办理的事项合并 */
    MERGE("合并办理"),
    /** 不予受理 */
    DECLINE("不予受理");

    private final String label;

    TriageOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
