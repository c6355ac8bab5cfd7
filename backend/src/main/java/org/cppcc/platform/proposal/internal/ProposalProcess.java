package org.cppcc.platform.proposal.internal;

/**
 * The names in {@code proposal.bpmn20.xml} that the code uses: the process, its user tasks, its message and
 * its variables. The model and this class change together ({@code ProposalProcessNamesTest} checks each name
 * against the model).
 */
final class ProposalProcess {

    static final String KEY = "proposal";

    /** Starts the key-supervision event subprocess. */
    static final String KEY_PROPOSAL_APPROVED = "keyProposalApproved";

    private static final String BUSINESS_KEY_PREFIX = "proposal-";

    private ProposalProcess() {}

    static String businessKey(long proposalId) {
        return BUSINESS_KEY_PREFIX + proposalId;
    }

    static long proposalId(String businessKey) {
        return Long.parseLong(businessKey.substring(BUSINESS_KEY_PREFIX.length()));
    }

    /** The candidate group of a unit's tasks. */
    static String unitGroup(long unitId) {
        return "unit-" + unitId;
    }

    /** User task ids. */
    static final class Tasks {

        static final String EDIT_DRAFT = "editDraft";
        static final String COSIGN = "cosign";
        static final String SUBMIT_FOR_REVIEW = "submitForReview";
        static final String REVIEW = "review";
        static final String ASSIGN = "assign";
        static final String SIGN_FOR = "signFor";
        static final String DECIDE_RETURN = "decideReturn";
        static final String HANDLE = "handle";
        static final String COUNTERSIGN = "countersign";
        static final String UNIT_LEADER_APPROVE = "unitLeaderApprove";
        static final String OFFICE_CHECK = "officeCheck";
        static final String EVALUATE = "evaluate";
        static final String DECIDE_AFTER_EVALUATION = "decideAfterEvaluation";
        static final String PUBLISH = "publish";
        static final String SUPERVISE = "supervise";

        private Tasks() {}
    }

    /** Process variables: stored ones the model reads later, and transient ones its gateways read once. */
    static final class Variables {

        static final String OWNER_ACCOUNT = "ownerAccount";
        static final String SIGN_OFF_DUE = "signOffDue";
        static final String REPLY_DUE = "replyDue";
        static final String EVALUATION_DUE = "evaluationDue";
        static final String COSIGNER_ACCOUNTS = "cosignerAccounts";
        static final String COSIGN_DEADLINE = "cosignDeadline";
        static final String HAS_COSIGNERS = "hasCosigners";
        static final String DECISION = "decision";
        static final String ASSIGNMENT_SLOTS = "assignmentSlots";
        /** Each unit branch's own assignment (the multi-instance element). */
        static final String ASSIGNMENT_ID = "assignmentId";

        static final String SIGN_OUTCOME = "signOutcome";
        static final String COUNTERSIGN_ASSIGNMENT_ID = "countersignAssignmentId";
        static final String CHECK_OUTCOME = "checkOutcome";
        static final String EVALUATORS = "evaluators";
        static final String AFTER_EVALUATION = "afterEvaluation";
        static final String CONSENT_PUBLISH = "consentPublish";

        private Variables() {}
    }
}
