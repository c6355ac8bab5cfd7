package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The proposal tables as supervision reads them: open deadlines and key-proposal marks. */
@Mapper
interface SupervisionMapper {

    List<DeadlineRow> openDeadlines(@Param("proposalId") Long proposalId);

    List<Long> registeredInHandling();

    List<ProposalTitle> titles(@Param("ids") Collection<Long> proposalIds);

    /** A proposal's id and title. */
    record ProposalTitle(long id, String title) {}

    void markKeyProposal(@Param("id") long id, @Param("replyDueLimit") LocalDate replyDueLimit);

    LocalDate replyDueLimit(@Param("id") long proposalId);

    LocalDate replyDueLimitOfAssignment(@Param("assignmentId") long assignmentId);

    int limitReplyDue(@Param("assignmentId") long assignmentId, @Param("limit") LocalDate limit);

    List<Long> evaluatedMembers(@Param("proposalId") long proposalId, @Param("round") int round);
}
