package org.cppcc.platform.opinion.internal;

/** The steps opinion_history records (its {@code action} column). */
enum OpinionAction {
    DRAFT("起草"),
    UPDATE("修改草稿"),
    SUBMIT("报送审核"),
    CONVERT("转来"),
    EDIT("编辑加工"),
    ADOPT("采用"),
    DECLINE("不予采用"),
    SENT("报送上级"),
    INSTRUCTION("领导批示"),
    USE("采用情况");

    private final String label;

    OpinionAction(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
