package org.cppcc.platform.proposal.internal;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ProposerType;

public record ProposalSummaryView(
        long id,
        String sessionName,
        Integer proposalNumber,
        String title,
        String category,
        String categoryLabel,
        boolean plenary,
        ProposerType proposerType,
        String proposerName,
        String sectorName,
        ProposalState state,
        boolean keyProposal,
        LocalDateTime submittedAt,
        LocalDateTime updatedAt) {

    @JsonProperty
    public String stateLabel() {
        return state.label();
    }
}
