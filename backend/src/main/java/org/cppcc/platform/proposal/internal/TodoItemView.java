package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apache.ibatis.annotations.AutomapConstructor;
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
        LocalDate dueDate,
        Long officerAccountId,
        String officerName) {

    /** The queries' columns; the officer (承办人) is added afterwards from the account module. */
    @AutomapConstructor
    public TodoItemView(
            long proposalId,
            Integer proposalNumber,
            String title,
            ProposalState state,
            String task,
            Long assignmentId,
            String unitName,
            LocalDate dueDate) {
        this(proposalId, proposalNumber, title, state, task, assignmentId, unitName, dueDate, null, null);
    }

    TodoItemView withOfficer(Long accountId, String name) {
        return new TodoItemView(
                proposalId, proposalNumber, title, state, task, assignmentId, unitName, dueDate, accountId, name);
    }

    @JsonProperty
    public String stateLabel() {
        return state.label();
    }
}
