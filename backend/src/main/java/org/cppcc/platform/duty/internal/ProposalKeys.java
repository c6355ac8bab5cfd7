package org.cppcc.platform.duty.internal;

/** Source keys of proposal entries, shared by the listener and the backfill so that they meet on one row. */
final class ProposalKeys {

    private ProposalKeys() {}

    static String authored(long proposalId, boolean lead) {
        return "proposal:" + proposalId + (lead ? ":led" : ":cosigned");
    }

    static String registered(long proposalId) {
        return "proposal:" + proposalId + ":registered";
    }
}
