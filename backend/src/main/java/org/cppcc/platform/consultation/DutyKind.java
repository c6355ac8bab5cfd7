package org.cppcc.platform.consultation;

public enum DutyKind {
    /** 线上值班 */
    ONLINE("线上值班"),
    /** 线下接待 */
    RECEPTION("线下接待");

    private final String label;

    DutyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
