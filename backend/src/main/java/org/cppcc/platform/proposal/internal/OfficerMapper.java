package org.cppcc.platform.proposal.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** 承办人: which officer of a unit holds an assignment, and every hand-over inside the unit. */
@Mapper
interface OfficerMapper {

    void setOfficer(
            @Param("assignmentId") long assignmentId,
            @Param("officerAccountId") long officerAccountId,
            @Param("now") LocalDateTime now);

    void insertChange(
            @Param("assignmentId") long assignmentId,
            @Param("proposalId") long proposalId,
            @Param("fromAccountId") Long fromAccountId,
            @Param("toAccountId") long toAccountId,
            @Param("reason") String reason,
            @Param("changedBy") long changedBy,
            @Param("now") LocalDateTime now);

    List<OfficerChangeRow> changes(@Param("assignmentId") long assignmentId);

    /** The officer of each of these assignments that has one. */
    List<OfficerChangeRow> officersOf(@Param("assignmentIds") Collection<Long> assignmentIds);

    /** One hand-over; names are filled from the account module, not joined here. */
    class OfficerChangeRow {
        public long assignmentId;
        public Long fromAccountId;
        public String fromName;
        public Long toAccountId;
        public String toName;
        public String reason;
        public Long changedBy;
        public String changedByName;
        public LocalDateTime changedAt;
    }
}
