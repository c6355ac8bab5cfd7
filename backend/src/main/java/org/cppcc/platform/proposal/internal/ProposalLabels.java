package org.cppcc.platform.proposal.internal;

import java.util.Map;

import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ReplyClass;
import org.cppcc.platform.shared.web.LabelSource;
import org.springframework.stereotype.Component;

/** The proposal states and reply classes as the screens name them. */
@Component
class ProposalLabels implements LabelSource {

    @Override
    public Map<String, Map<String, String>> labels() {
        return Map.of(
                "PROPOSAL_STATE", LabelSource.of(ProposalState.class, ProposalState::label),
                "REPLY_CLASS", LabelSource.of(ReplyClass.class, ReplyClass::label));
    }
}
