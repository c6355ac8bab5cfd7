package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.cppcc.platform.proposal.ProposalState;

/** Something waiting for the viewer: which proposal, what to do, and by when. */
public record TodoItemView(
        long proposalId,
        Integer proposalNumber,
        String title,
        ProposalState state,
        String task,
        Long assignmentId,
        String unitName,
        LocalDate dueDate) {

    @JsonProperty
    public String stateLabel() {
        return state.label();
    }
}
