package org.cppcc.platform.proposal;

/** The states of docs/domain.md's proposal lifecycle, plus the three ways review can end one. */
public enum ProposalState {
    DRAFT("草稿"),
    COSIGNING("待联名"),
    UNDER_REVIEW("待审查"),
    ASSIGNMENT("待交办"),
    AWAITING_SIGN_OFF("待签收"),
    HANDLING("办理中"),
    REPLY_REVIEW("答复审核"),
    AWAITING_EVALUATION("待评价"),
    REHANDLING("重新办理"),
    CLOSED("办结"),
    PUBLISHED("已公开"),
    REFUSED("不予立案"),
    CONVERTED("已转办"),
    MERGED("已并案");

    private final String label;

    ProposalState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
