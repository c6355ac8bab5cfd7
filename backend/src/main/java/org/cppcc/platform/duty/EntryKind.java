package org.cppcc.platform.duty;

/**
 * The kinds of entry of a duty record, each with the points and yearly cap the platform starts with (the office
 * edits them afterwards; the rules table holds the current values). A new source of entries (an appraisal, a
 * 社情民意 report) is a constant here, a rule row in a migration and a listener.
 */
public enum EntryKind {
    PROPOSAL_LED("提交提案（第一提案人）", 5, 25),
    PROPOSAL_COSIGNED("联名提案（附议）", 2, 10),
    PROPOSAL_REGISTERED("提案被立案", 3, 15),
    PROPOSAL_AWARDED("优秀提案", 10, null),
    PREHANDLING_MEETING("参加办前协商会", 2, 10),
    CONSULTATION_MEETING("参加微协商会议", 2, 20),
    WORKSTATION_DUTY("工作站值班", 2, 20),
    RECEPTION("现场接待群众", 1, 20),
    MATTER_TRIAGED("受理群众事项", 1, 10),
    OPINION_SUBMITTED("报送社情民意信息", 2, 20),
    OPINION_ADOPTED("社情民意信息被采用", 3, null),
    OPINION_INSTRUCTED("社情民意信息获领导批示", 5, null),
    PLENARY("出席全体会议", 5, null),
    STANDING_COMMITTEE("出席常委会议", 3, null),
    INSPECTION("参加视察", 3, 15),
    RESEARCH("参加调研", 3, 15),
    TRAINING("参加培训", 2, 10),
    OTHER("其他履职", 1, null);

    private final String label;
    private final int defaultPoints;
    private final Integer defaultCap;

    EntryKind(String label, int defaultPoints, Integer defaultCap) {
        this.label = label;
        this.defaultPoints = defaultPoints;
        this.defaultCap = defaultCap;
    }

    public String label() {
        return label;
    }

    public int defaultPoints() {
        return defaultPoints;
    }

    /** Null: no cap. */
    public Integer defaultCap() {
        return defaultCap;
    }
}
