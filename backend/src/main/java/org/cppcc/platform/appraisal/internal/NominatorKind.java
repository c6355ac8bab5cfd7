package org.cppcc.platform.appraisal.internal;

/** Who put a proposal forward for 优秀提案. */
enum NominatorKind {
    OFFICE("提案委推荐"),
    UNIT("承办单位推荐"),
    MEMBER("委员推荐");

    private final String label;

    NominatorKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
