package org.cppcc.platform.consultation;

/** What the liaison does once residents and members have evaluated. */
public enum Conclusion {
    /** 办结 */
    CLOSE("办结"),
    /** 不满意：重新协商（回到协商议事） */
    RECONSULT("重新协商"),
    /** 不满意：转为委员提案 */
    PROPOSAL("转为委员提案");

    private final String label;

    Conclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
