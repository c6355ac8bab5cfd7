package org.cppcc.platform.proposal;

/** 答复类别: A solved or adopted, B being solved or planned, C not possible now, kept for reference. */
public enum ReplyClass {
    A("已解决或基本解决、采纳"),
    B("正在解决或列入计划"),
    C("因条件限制暂不能解决，留作参考");

    private final String label;

    ReplyClass(String label) {
        this.label = label;
    }

    /** The class's wording in DOMAIN.md; the letter (A, B, C) is shown before it. */
    public String label() {
        return label;
    }

    /** A follow-up report may only raise the class (C → B → A). */
    public boolean isBetterThan(ReplyClass other) {
        return ordinal() < other.ordinal();
    }
}
