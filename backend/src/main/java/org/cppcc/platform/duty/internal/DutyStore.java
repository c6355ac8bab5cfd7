package org.cppcc.platform.duty.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The duty module's tables, and only those. */
@Mapper
interface DutyStore {

    String ENTRY = "SELECT id, member_id, duty_year, kind, occurred_on, title, source_key, counted, voided, "
            + "points_override, origin, note, created_at, updated_at FROM duty_entry ";

    // --- rules

    record RuleRow(String kind, int points, Integer yearlyCap, LocalDateTime updatedAt) {}

    @Select("SELECT kind, points, yearly_cap, updated_at FROM duty_rule")
    List<RuleRow> rules();

    @Update("UPDATE duty_rule SET points = #{points}, yearly_cap = #{cap}, updated_by = #{by}, updated_at = #{now} "
            + "WHERE kind = #{kind}")
    int updateRule(
            @Param("kind") String kind,
            @Param("points") int points,
            @Param("cap") Integer cap,
            @Param("by") long by,
            @Param("now") LocalDateTime now);

    @Insert("INSERT INTO duty_rule (kind, points, yearly_cap, updated_at) VALUES (#{kind}, #{points}, #{cap}, #{now})")
    void insertRule(
            @Param("kind") String kind,
            @Param("points") int points,
            @Param("cap") Integer cap,
            @Param("now") LocalDateTime now);

    @Insert("INSERT INTO duty_rule_history (kind, old_points, old_cap, new_points, new_cap, reason, actor_account_id, "
            + "actor_name, created_at) VALUES (#{kind}, #{oldPoints}, #{oldCap}, #{newPoints}, #{newCap}, #{reason}, "
            + "#{by}, #{byName}, #{now})")
    void insertRuleHistory(
            @Param("kind") String kind,
            @Param("oldPoints") int oldPoints,
            @Param("oldCap") Integer oldCap,
            @Param("newPoints") int newPoints,
            @Param("newCap") Integer newCap,
            @Param("reason") String reason,
            @Param("by") long by,
            @Param("byName") String byName,
            @Param("now") LocalDateTime now);

    record RuleChange(
            String kind,
            int oldPoints,
            Integer oldCap,
            int newPoints,
            Integer newCap,
            String reason,
            String actorName,
            LocalDateTime createdAt) {}

    @Select("SELECT kind, old_points, old_cap, new_points, new_cap, reason, actor_name, created_at "
            + "FROM duty_rule_history ORDER BY id DESC LIMIT 200")
    List<RuleChange> ruleHistory();

    // --- entries

    @Select(ENTRY + "WHERE member_id = #{memberId} AND source_key = #{sourceKey}")
    EntryRow entryBySource(@Param("memberId") long memberId, @Param("sourceKey") String sourceKey);

    @Select(ENTRY + "WHERE source_key = #{sourceKey}")
    List<EntryRow> entriesBySource(@Param("sourceKey") String sourceKey);

    @Select(ENTRY + "WHERE id = #{id}")
    EntryRow entry(@Param("id") long id);

    @Select(ENTRY + "WHERE member_id = #{memberId} AND duty_year = #{year} ORDER BY occurred_on DESC, id DESC")
    List<EntryRow> entries(@Param("memberId") long memberId, @Param("year") int year);

    record KindCount(long memberId, String kind, Integer pointsOverride, long entries) {}

    /** Counted entries of a year per member, kind and correction: what the ranking scores. */
    @Select("SELECT member_id, kind, points_override, COUNT(*) AS entries FROM duty_entry "
            + "WHERE duty_year = #{year} AND counted = TRUE AND voided = FALSE "
            + "GROUP BY member_id, kind, points_override")
    List<KindCount> yearCounts(@Param("year") int year);

    @Insert("INSERT INTO duty_entry (member_id, duty_year, kind, occurred_on, title, source_key, counted, voided, "
            + "points_override, origin, note, created_at, updated_at) VALUES (#{memberId}, #{dutyYear}, #{kind}, "
            + "#{occurredOn}, #{title}, #{sourceKey}, #{counted}, #{voided}, #{pointsOverride}, #{origin}, #{note}, "
            + "#{createdAt}, #{updatedAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insertEntry(EntryRow entry);

    @Update("UPDATE duty_entry SET counted = #{counted}, voided = #{voided}, points_override = #{pointsOverride}, "
            + "occurred_on = #{occurredOn}, duty_year = #{dutyYear}, title = #{title}, note = #{note}, "
            + "updated_at = #{updatedAt} WHERE id = #{id}")
    int updateEntry(EntryRow entry);

    @Insert("INSERT INTO duty_entry_history (entry_id, action, detail, reason, actor_account_id, actor_name, "
            + "created_at) VALUES (#{entryId}, #{action}, #{detail}, #{reason}, #{by}, #{byName}, #{now})")
    void insertEntryHistory(
            @Param("entryId") long entryId,
            @Param("action") String action,
            @Param("detail") String detail,
            @Param("reason") String reason,
            @Param("by") Long by,
            @Param("byName") String byName,
            @Param("now") LocalDateTime now);

    record EntryChange(
            long entryId, String action, String detail, String reason, String actorName, LocalDateTime createdAt) {}

    @Select("SELECT entry_id, action, detail, reason, actor_name, created_at FROM duty_entry_history "
            + "WHERE entry_id = #{entryId} ORDER BY id")
    List<EntryChange> entryHistory(@Param("entryId") long entryId);

    // --- diary

    @Insert("INSERT INTO duty_diary (member_id, entry_date, content, created_at) "
            + "VALUES (#{memberId}, #{entryDate}, #{content}, #{createdAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insertDiary(DiaryRow diary);

    @Select("SELECT id, member_id, entry_date, content, created_at FROM duty_diary WHERE member_id = #{memberId} "
            + "ORDER BY entry_date DESC, id DESC")
    List<DiaryRow> diary(@Param("memberId") long memberId);

    @Select("SELECT COUNT(*) FROM duty_diary WHERE member_id = #{memberId} AND entry_date >= #{from} "
            + "AND entry_date < #{to}")
    int diaryCount(@Param("memberId") long memberId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Insert("INSERT INTO duty_diary_photo (diary_id, storage_key, content_type, created_at) "
            + "VALUES (#{diaryId}, #{key}, #{contentType}, #{now})")
    void insertDiaryPhoto(
            @Param("diaryId") long diaryId,
            @Param("key") String key,
            @Param("contentType") String contentType,
            @Param("now") LocalDateTime now);

    record PhotoRow(long id, long diaryId, long memberId, String storageKey, String contentType) {}

    @Select("SELECT p.id, p.diary_id, d.member_id, p.storage_key, p.content_type FROM duty_diary_photo p "
            + "JOIN duty_diary d ON d.id = p.diary_id WHERE d.member_id = #{memberId} ORDER BY p.id")
    List<PhotoRow> diaryPhotos(@Param("memberId") long memberId);

    @Select("SELECT p.id, p.diary_id, d.member_id, p.storage_key, p.content_type FROM duty_diary_photo p "
            + "JOIN duty_diary d ON d.id = p.diary_id WHERE p.id = #{id}")
    PhotoRow diaryPhoto(@Param("id") long id);

    // --- activities

    String ACTIVITY = "SELECT id, kind, title, place, starts_at, ends_at, description, created_by, created_at, "
            + "sign_in_key FROM duty_activity ";

    @Insert("INSERT INTO duty_activity (kind, title, place, starts_at, ends_at, description, created_by, created_at, "
            + "sign_in_key) VALUES (#{kind}, #{title}, #{place}, #{startsAt}, #{endsAt}, #{description}, #{createdBy}, "
            + "#{createdAt}, #{signInKey})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insertActivity(ActivityRow activity);

    @Select(ACTIVITY + "WHERE id = #{id}")
    ActivityRow activity(@Param("id") long id);

    /** Gives an activity created before V107 its key; the first node to do so wins, the others read it. */
    @Update("UPDATE duty_activity SET sign_in_key = #{key} WHERE id = #{id} AND sign_in_key IS NULL")
    int fillSignInKey(@Param("id") long id, @Param("key") String key);

    @Select(ACTIVITY + "ORDER BY starts_at DESC, id DESC LIMIT 200")
    List<ActivityRow> activities();

    @Select(ACTIVITY + "WHERE id IN (SELECT activity_id FROM duty_invitation WHERE member_id = #{memberId}) "
            + "ORDER BY starts_at DESC, id DESC LIMIT 200")
    List<ActivityRow> activitiesOf(@Param("memberId") long memberId);

    record InvitationRow(
            long activityId,
            long memberId,
            String answer,
            String leaveReason,
            LocalDateTime answeredAt,
            LocalDateTime signedInAt) {}

    @Select("SELECT activity_id, member_id, answer, leave_reason, answered_at, signed_in_at FROM duty_invitation "
            + "WHERE activity_id = #{activityId} ORDER BY member_id")
    List<InvitationRow> invitations(@Param("activityId") long activityId);

    @Select("SELECT activity_id, member_id, answer, leave_reason, answered_at, signed_in_at FROM duty_invitation "
            + "WHERE activity_id = #{activityId} AND member_id = #{memberId}")
    InvitationRow invitation(@Param("activityId") long activityId, @Param("memberId") long memberId);

    @Insert("INSERT INTO duty_invitation (activity_id, member_id, answer) VALUES (#{activityId}, #{memberId}, "
            + "'PENDING')")
    void insertInvitation(@Param("activityId") long activityId, @Param("memberId") long memberId);

    @Update("UPDATE duty_invitation SET answer = #{answer}, leave_reason = #{reason}, answered_at = #{now} "
            + "WHERE activity_id = #{activityId} AND member_id = #{memberId}")
    int answer(
            @Param("activityId") long activityId,
            @Param("memberId") long memberId,
            @Param("answer") String answer,
            @Param("reason") String reason,
            @Param("now") LocalDateTime now);

    /** Signs in once: a second scan of the code changes nothing. */
    @Update("UPDATE duty_invitation SET signed_in_at = #{now} WHERE activity_id = #{activityId} "
            + "AND member_id = #{memberId} AND signed_in_at IS NULL")
    int signIn(@Param("activityId") long activityId, @Param("memberId") long memberId, @Param("now") LocalDateTime now);

    @Insert("INSERT INTO duty_activity_history (activity_id, member_id, action, detail, actor_account_id, created_at) "
            + "VALUES (#{activityId}, #{memberId}, #{action}, #{detail}, #{by}, #{now})")
    void insertActivityHistory(
            @Param("activityId") long activityId,
            @Param("memberId") Long memberId,
            @Param("action") String action,
            @Param("detail") String detail,
            @Param("by") long by,
            @Param("now") LocalDateTime now);
}
