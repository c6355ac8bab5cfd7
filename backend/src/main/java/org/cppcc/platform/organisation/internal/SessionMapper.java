package org.cppcc.platform.organisation.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Sessions (届次 · 次会议) and which one takes new proposals. */
@Mapper
interface SessionMapper {

    String COLUMNS = "id, term_no AS term, meeting_no AS meeting, name, opened_on, cosign_deadline, plenary_start, "
            + "plenary_end, plenary_proposals_until, cosign_working_days, sign_off_working_days, "
            + "contact_working_days, reply_term, evaluation_working_days, max_extension_months, "
            + "is_current AS current, closed_at, created_at, updated_at FROM committee_session ";

    @Select("SELECT " + COLUMNS + "WHERE is_current = TRUE ORDER BY id DESC LIMIT 1")
    SessionRow current();

    @Select("SELECT " + COLUMNS + "WHERE id = #{id}")
    SessionRow find(long id);

    @Select("SELECT " + COLUMNS + "WHERE id = #{id} FOR UPDATE")
    SessionRow lock(long id);

    @Select("SELECT " + COLUMNS + "ORDER BY term_no DESC, meeting_no DESC")
    List<SessionRow> all();

    @Select("SELECT COUNT(*) > 0 FROM committee_session WHERE term_no = #{term} AND meeting_no = #{meeting} "
            + "AND (#{exceptId} IS NULL OR id <> #{exceptId})")
    boolean taken(@Param("term") int term, @Param("meeting") int meeting, @Param("exceptId") Long exceptId);

    @Insert("INSERT INTO committee_session (term_no, meeting_no, name, opened_on, cosign_deadline, plenary_start, "
            + "plenary_end, plenary_proposals_until, cosign_working_days, sign_off_working_days, "
            + "contact_working_days, reply_term, evaluation_working_days, max_extension_months, is_current, "
            + "created_at, updated_at) VALUES (#{term}, #{meeting}, #{name}, #{openedOn}, #{cosignDeadline}, "
            + "#{plenaryStart}, #{plenaryEnd}, #{plenaryProposalsUntil}, #{cosignWorkingDays}, "
            + "#{signOffWorkingDays}, #{contactWorkingDays}, #{replyTerm}, #{evaluationWorkingDays}, "
            + "#{maxExtensionMonths}, #{current}, #{createdAt}, #{updatedAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(SessionRow row);

    @Update("UPDATE committee_session SET term_no = #{term}, meeting_no = #{meeting}, name = #{name}, "
            + "opened_on = #{openedOn}, cosign_deadline = #{cosignDeadline}, plenary_start = #{plenaryStart}, "
            + "plenary_end = #{plenaryEnd}, plenary_proposals_until = #{plenaryProposalsUntil}, "
            + "cosign_working_days = #{cosignWorkingDays}, sign_off_working_days = #{signOffWorkingDays}, "
            + "contact_working_days = #{contactWorkingDays}, reply_term = #{replyTerm}, "
            + "evaluation_working_days = #{evaluationWorkingDays}, max_extension_months = #{maxExtensionMonths}, "
            + "is_current = #{current}, closed_at = #{closedAt}, updated_at = #{updatedAt} WHERE id = #{id}")
    void update(SessionRow row);

    /** Locks every session that takes proposals, so two openings cannot both succeed. */
    @Select("SELECT id FROM committee_session WHERE is_current = TRUE FOR UPDATE")
    List<Long> lockAccepting();

    @Update("UPDATE committee_session SET is_current = FALSE, updated_at = #{now} WHERE is_current = TRUE")
    void clearAccepting(@Param("now") LocalDateTime now);
}
