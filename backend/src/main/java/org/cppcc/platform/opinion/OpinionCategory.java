package org.cppcc.platform.opinion;

/** The field a 社情民意 report is about, as the office sorts them before sending upward. */
public enum OpinionCategory {
    ECONOMY("经济发展"),
    SOCIETY("社会民生"),
    CULTURE("文化教育"),
    ECOLOGY("生态环境"),
    GOVERNANCE("社会治理"),
    OTHER("其他");

    private final String label;

    OpinionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
