package org.cppcc.platform.consultation.internal;

/**
 * The names in {@code consultation.bpmn20.xml} that the code uses: the process, its user tasks and its
 * variables. The model and this class change together ({@code ConsultationProcessNamesTest} checks each name
 * against the model).
 */
final class ConsultationProcess {

    static final String KEY = "consultation";

    private static final String BUSINESS_KEY_PREFIX = "consultation-";

    private ConsultationProcess() {}

    static String businessKey(long matterId) {
        return BUSINESS_KEY_PREFIX + matterId;
    }

    static long matterId(String businessKey) {
        return Long.parseLong(businessKey.substring(BUSINESS_KEY_PREFIX.length()));
    }

    /** The candidate group of a workstation's staff. */
    static String workstationGroup(long workstationId) {
        return "workstation-" + workstationId;
    }

    /** The candidate group of a unit's tasks (the same group names as proposals'). */
    static String unitGroup(long unitId) {
        return "unit-" + unitId;
    }

    /** User task ids, one per step of the six-step method after raising. */
    static final class Tasks {

        static final String TRIAGE = "triage";
        static final String DELIBERATE = "deliberate";
        static final String DECIDE = "decide";
        static final String PUBLISH = "publish";
        static final String IMPLEMENT_ACTION = "implementAction";
        static final String EVALUATE = "evaluate";

        private Tasks() {}
    }

    /** Process variables: stored ones the model reads later, and transient ones its gateways read once. */
    static final class Variables {

        static final String WORKSTATION_ID = "workstationId";
        static final String ACTION_IDS = "actionIds";
        /** Each implementation branch's own action (the multi-instance element). */
        static final String ACTION_ID = "actionId";

        static final String TRIAGE_OUTCOME = "triageOutcome";
        static final String CONCLUSION = "conclusion";

        private Variables() {}
    }
}
