package org.cppcc.platform.appraisal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The rows of the appraisal tables, as MyBatis fills them. */
final class AppraisalRows {

    private AppraisalRows() {}

    static class RuleSetRow {
        public Long id;
        public int ruleYear;
        public int version;
        public String note;
        public long createdBy;
        public LocalDateTime createdAt;
    }

    static class RuleItemRow {
        public long ruleSetId;
        public AssessmentItem item;
        public BigDecimal points;
        public BigDecimal cap;
    }

    static class YearRow {
        public int assessYear;
        public LocalDateTime rankingPublishedAt;
        public LocalDate modelDecidedOn;
        public String modelNote;
        public LocalDateTime modelPublishedAt;
    }

    static class AdjustmentRow {
        public Long id;
        public int assessYear;
        public long unitId;
        public BigDecimal points;
        public String reason;
        public long createdBy;
        public LocalDateTime createdAt;
    }

    static class ModelUnitRow {
        public int assessYear;
        public long unitId;
        public Integer place;
        public BigDecimal score;
    }

    static class RoundRow {
        public Long id;
        public int awardYear;
        public Long sessionId;
        public String name;
        public RoundState state;
        public LocalDate meetingDate;
        public String meetingNote;
        public long openedBy;
        public LocalDateTime openedAt;
        public LocalDateTime publishedAt;
    }

    static class NominationRow {
        public Long id;
        public long roundId;
        public long proposalId;
        public Integer proposalNumber;
        public String proposalTitle;
        public NominatorKind nominatorKind;
        public long nominatedBy;
        public Long nominatorUnitId;
        public String reason;
        public LocalDateTime createdAt;
        public Boolean awarded;
        public String decisionNote;
        public LocalDateTime decidedAt;
    }

    static class ReviewRow {
        public long nominationId;
        public long reviewerId;
        public int score;
        public String reviewComment;
        public LocalDateTime reviewedAt;
    }

    static class HistoryRow {
        public Long id;
        public String subject;
        public long subjectId;
        public String act;
        public String detail;
        public long actorId;
        public String actorName;
        public LocalDateTime occurredAt;
    }

    /** A published award with its round, for the public list and the proposal page. */
    static class AwardRow {
        public long proposalId;
        public Integer proposalNumber;
        public String proposalTitle;
        public long roundId;
        public String roundName;
        public int awardYear;
        public LocalDate meetingDate;
        public LocalDateTime publishedAt;
    }
}
