package org.cppcc.platform.appraisal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.cppcc.platform.appraisal.internal.AppraisalRows.AdjustmentRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.AwardRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.HistoryRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.ModelUnitRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.NominationRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.ReviewRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.RoundRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.RuleItemRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.RuleSetRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.YearRow;

@Mapper
interface AppraisalMapper {

    // rules
    RuleSetRow latestRuleSet(@Param("year") int year);

    List<RuleSetRow> ruleSets(@Param("year") int year);

    List<RuleItemRow> ruleItems(@Param("ruleSetId") long ruleSetId);

    void insertRuleSet(RuleSetRow row);

    void insertRuleItem(
            @Param("ruleSetId") long ruleSetId,
            @Param("item") AssessmentItem item,
            @Param("points") BigDecimal points,
            @Param("cap") BigDecimal cap);

    // the year
    YearRow year(@Param("year") int year);

    void insertYear(@Param("year") int year);

    /** Locks the year's row: every write of a year's assessment goes one after another. */
    YearRow lockYear(@Param("year") int year);

    int publishRanking(@Param("year") int year, @Param("now") LocalDateTime now);

    void setModelDecision(@Param("year") int year, @Param("decidedOn") LocalDate decidedOn, @Param("note") String note);

    int publishModelUnits(@Param("year") int year, @Param("now") LocalDateTime now);

    List<AdjustmentRow> adjustments(@Param("year") int year);

    void insertAdjustment(AdjustmentRow row);

    List<ModelUnitRow> modelUnits(@Param("year") int year);

    void deleteModelUnits(@Param("year") int year);

    void insertModelUnit(ModelUnitRow row);

    /** Years whose model units are published, newest first. */
    List<YearRow> publishedModelYears();

    // rounds
    List<RoundRow> rounds();

    RoundRow round(@Param("id") long id);

    RoundRow lockRound(@Param("id") long id);

    void insertRound(RoundRow row);

    int setRoundState(@Param("id") long id, @Param("from") RoundState from, @Param("to") RoundState to);

    void setMeeting(@Param("id") long id, @Param("meetingDate") LocalDate meetingDate, @Param("note") String note);

    void setPublished(@Param("id") long id, @Param("now") LocalDateTime now);

    List<Long> reviewers(@Param("roundId") long roundId);

    void insertReviewer(@Param("roundId") long roundId, @Param("accountId") long accountId);

    List<NominationRow> nominations(@Param("roundId") long roundId);

    NominationRow nomination(@Param("id") long id);

    boolean nominated(@Param("roundId") long roundId, @Param("proposalId") long proposalId);

    void insertNomination(NominationRow row);

    void decide(
            @Param("id") long id,
            @Param("awarded") boolean awarded,
            @Param("note") String note,
            @Param("now") LocalDateTime now);

    List<ReviewRow> reviews(@Param("roundId") long roundId);

    int updateReview(ReviewRow row);

    void insertReview(ReviewRow row);

    /** Published awards, of one year or (null) of every year, newest first. */
    List<AwardRow> publishedAwards(@Param("year") Integer year);

    List<AwardRow> awardsOfProposal(@Param("proposalId") long proposalId);

    // history
    void insertHistory(HistoryRow row);

    List<HistoryRow> history(@Param("subject") String subject, @Param("subjectId") long subjectId);
}
