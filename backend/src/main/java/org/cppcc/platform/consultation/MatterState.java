package org.cppcc.platform.consultation;

/**
 * Where a matter stands. The open states follow the six steps; the others end a matter at triage or
 * after evaluation.
 */
public enum MatterState {
    /** 群众提事: raised, waiting for triage. */
    RAISED("待研判", 1, false),
    /** 协商议事: a meeting is being convened or held. */
    DELIBERATING("协商议事", 2, false),
    /** 研究定事: the meeting was held; the outcome is being agreed. */
    DECIDING("研究定事", 3, false),
    /** 公开晒事: the outcome is agreed and waits to be published. */
    DECIDED("待公开", 4, false),
    /** 共同办事: published; the units carry out the actions. */
    IMPLEMENTING("共同办事", 5, false),
    /** 大家评事: every action is done; residents and members evaluate. */
    EVALUATING("大家评事", 6, false),
    CLOSED("已办结", 6, true),
    ANSWERED("已直接答复", 1, true),
    TO_PUBLIC_OPINION("已转社情民意", 1, true),
    TO_PROPOSAL("已转为提案", 1, true),
    MERGED("已合并办理", 1, true),
    DECLINED("不予受理", 1, true);

    private final String label;
    private final int step;
    private final boolean finished;

    MatterState(String label, int step, boolean finished) {
        this.label = label;
        this.step = step;
        this.finished = finished;
    }

    public String label() {
        return label;
    }

    /** The step of the six-step method (1 to 6) the matter is at, or ended at. */
    public int step() {
        return step;
    }

    public boolean finished() {
        return finished;
    }

    /** Shown on the public site: everything but a matter nobody has looked at yet, or one declined. */
    public boolean isPublic() {
        return this != RAISED && this != DECLINED;
    }
}
