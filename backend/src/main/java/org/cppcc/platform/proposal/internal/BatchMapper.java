package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** 交办会 batches: proposal_assignment_batch, its items, and the assignments each batch created. */
@Mapper
interface BatchMapper {

    /** A row of proposal_assignment_batch, with how many proposals and units it handed over. */
    class BatchRow {
        public Long id;
        public String name;
        public LocalDate meetingDate;
        public String note;
        public long createdBy;
        public String createdByName;
        public LocalDateTime createdAt;
        public int proposalCount;
        public int unitCount;
    }

    /** A proposal waiting in ASSIGNMENT, for the 交办会 screen. */
    class CandidateRow {
        public long id;
        public long sessionId;
        public Integer proposalNumber;
        public String title;
        public String category;
        public String proposerType;
        public Long leadMemberId;
        public String bodyName;
        public LocalDateTime registeredAt;
    }

    void insertBatch(BatchRow batch);

    void insertItem(
            @Param("batchId") long batchId, @Param("proposalId") long proposalId, @Param("position") int position);

    /** Marks the assignments a batch just created (the proposal's only ones: it left ASSIGNMENT this moment). */
    int tagAssignments(@Param("batchId") long batchId, @Param("proposalId") long proposalId);

    BatchRow findBatch(@Param("id") long id);

    List<BatchRow> batches(@Param("limit") int limit);

    List<Long> batchProposals(@Param("batchId") long batchId);

    List<AssignmentRow> batchAssignments(@Param("batchId") long batchId);

    List<CandidateRow> candidates(
            @Param("sessionId") Long sessionId,
            @Param("category") String category,
            @Param("keyword") String keyword,
            @Param("limit") int limit);
}
