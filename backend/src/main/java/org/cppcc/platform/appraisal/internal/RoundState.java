package org.cppcc.platform.appraisal.internal;

/** A good-proposal round: nominations taken, then reviewed, then decided by the chair's meeting, then published. */
enum RoundState {
    NOMINATING("推荐中"),
    REVIEWING("评审中"),
    DECIDED("已审定"),
    PUBLISHED("已公布");

    private final String label;

    RoundState(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
