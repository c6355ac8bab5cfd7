package org.cppcc.platform.consultation;

public enum DutyPeriod {
    MORNING("上午 9:00-12:00"),
    AFTERNOON("下午 14:30-17:30"),
    EVENING("晚上 19:00-21:00");

    private final String label;

    DutyPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
