package org.cppcc.platform.proposal;

public enum ProposerType {
    /** 个人提案 */
    INDIVIDUAL,
    /** 联名提案: a lead proposer and co-signers */
    JOINT,
    /** 集体提案: a party, group, sector or special committee */
    COLLECTIVE
}
