package org.cppcc.platform.proposal.internal;

/** What a history entry records, with the words the timeline shows. */
public enum HistoryAction {
    CREATE_DRAFT("起草提案"),
    UPDATE_DRAFT("修改提案"),
    SUBMIT("提交提案"),
    STAFF_ENTRY("代录提案"),
    INVITE_COSIGNERS("发起联名"),
    CONFIRM_COSIGN("确认联名"),
    DECLINE_COSIGN("谢绝联名"),
    SUBMIT_FOR_REVIEW("提交审查"),
    COSIGN_DEADLINE_PASSED("联名期限届满"),
    REGISTER("立案"),
    REFUSE("不予立案"),
    CONVERT("转为社情民意/意见建议"),
    MERGE("并案"),
    RECEIVE_MERGED("并入提案"),
    RETURN_FOR_REVISION("退回修改"),
    ASSIGN("交办"),
    SIGN_FOR("签收"),
    REQUEST_RETURN("申请退回"),
    HAND_TO_OFFICER("指定承办人"),
    APPROVE_RETURN("同意退回并改派"),
    REFUSE_RETURN("不同意退回"),
    RECORD_CONTACT("办前沟通"),
    SEND_OPINION("会办意见"),
    SCHEDULE_MEETING("安排办前协商会"),
    RECORD_MEETING("记录协商会纪要"),
    REQUEST_EXTENSION("申请延期"),
    APPROVE_EXTENSION("同意延期"),
    REFUSE_EXTENSION("不同意延期"),
    SAVE_REPLY("起草答复"),
    SUBMIT_REPLY("提交答复"),
    AGREE_COUNTERSIGN("会签同意"),
    REFUSE_COUNTERSIGN("会签不同意"),
    APPROVE_REPLY("单位领导签发"),
    PASS_REPLY("审核通过，答复送达"),
    RETURN_REPLY("答复退回修改"),
    EVALUATE("评价答复"),
    EVALUATION_WINDOW_CLOSED("评价期限届满"),
    ORDER_REHANDLING("重新办理"),
    CLOSE("办结"),
    PUBLISH("公开"),
    FOLLOW_UP("跟踪办理"),
    ADD_ATTACHMENT("上传附件"),
    REMOVE_ATTACHMENT("删除附件"),
    CHASE("催办"),
    KEY_SHORTLIST("列入重点提案候选"),
    KEY_DROP("移出重点提案候选"),
    KEY_APPROVE("列为重点提案"),
    SUPERVISING_LEADER("确定领衔督办领导"),
    INSTRUCTION("领导批示"),
    INSTRUCTION_ACK("承办单位阅办批示"),
    SITE_VISIT("实地督办"),
    LOOK_BACK("回头看"),
    SUPERVISION_CONCLUDED("督办结束");

    private final String label;

    HistoryAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
