package org.cppcc.platform.opinion;

/** Where a 社情民意 report stands. Sending upward, instructions and uses are recorded on an adopted report. */
public enum OpinionState {
    /** 草稿: the member's, not yet sent to the office. */
    DRAFT("草稿"),
    /** 待审核: with the office. */
    SUBMITTED("待审核"),
    /** 已采用 */
    ADOPTED("已采用"),
    /** 已报送: adopted and sent upward at least once. */
    SENT_UPWARD("已报送"),
    /** 未采用 */
    DECLINED("未采用");

    private final String label;

    OpinionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
