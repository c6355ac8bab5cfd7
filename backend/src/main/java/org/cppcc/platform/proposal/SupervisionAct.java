package org.cppcc.platform.proposal;

/** What supervision records in a proposal's history (督办 entries of the timeline). */
public enum SupervisionAct {
    CHASE,
    KEY_SHORTLIST,
    KEY_DROP,
    SUPERVISING_LEADER,
    INSTRUCTION,
    INSTRUCTION_ACK,
    SITE_VISIT,
    LOOK_BACK
}
