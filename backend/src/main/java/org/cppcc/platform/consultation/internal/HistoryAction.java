package org.cppcc.platform.consultation.internal;

/** What a history entry of a matter records, with the words the timeline shows. */
public enum HistoryAction {
    RAISE("群众提事"),
    LOG_RECEPTION("现场接待登记"),
    TRIAGE("研判"),
    RECEIVE_MERGED("合并事项"),
    SCHEDULE_MEETING("召集协商会议"),
    HOLD_MEETING("记录会议纪要"),
    DECIDE("研究定事"),
    PUBLISH("公开晒事"),
    REPORT_PROGRESS("报告办理进展"),
    COMPLETE_ACTION("措施办结"),
    OPEN_EVALUATION("开始评价"),
    EVALUATE("评价"),
    CONCLUDE("评价后处理");

    private final String label;

    HistoryAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
