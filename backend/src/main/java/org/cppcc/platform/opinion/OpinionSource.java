package org.cppcc.platform.opinion;

/** Where a 社情民意 report came from. */
public enum OpinionSource {
    /** 委员撰写 */
    MEMBER("委员撰写"),
    /** 提案审查转来: the office converted a proposal at review. */
    PROPOSAL("提案转来"),
    /** 微协商转来: a workstation triaged a raised matter as 社情民意. */
    MATTER("微协商转来");

    private final String label;

    OpinionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
