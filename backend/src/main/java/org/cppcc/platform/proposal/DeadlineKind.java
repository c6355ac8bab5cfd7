package org.cppcc.platform.proposal;

/** The deadlines of docs/domain.md that someone must meet while a proposal is handled. */
public enum DeadlineKind {
    /** 签收: a unit signs for its assignment. */
    SIGN_OFF("签收"),
    /** 办前沟通: a replying unit contacts the proposer. */
    CONTACT("办前沟通"),
    /** 答复: a lead or split unit's reply is submitted. */
    REPLY("答复"),
    /** 会办意见: an assisting unit's opinion reaches the lead unit (due with the reply). */
    OPINION("会办意见"),
    /** 评价: the proposers answer the feedback form. */
    EVALUATION("评价");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
