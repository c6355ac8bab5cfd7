package org.cppcc.platform.organisation.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface SectorMapper {

    String FILTER = "<where><if test='like != null'>(code LIKE #{like} OR name LIKE #{like})</if></where>";

    @Select("<script>SELECT COUNT(*) FROM sector " + FILTER + "</script>")
    long count(@Param("like") String like);

    @Select("<script>SELECT id, code, name, sort_order, enabled FROM sector " + FILTER
            + " ORDER BY sort_order, id LIMIT #{limit} OFFSET #{offset}</script>")
    List<SectorView> find(@Param("like") String like, @Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT id, code, name, sort_order, enabled FROM sector WHERE id = #{id}")
    SectorView findById(long id);

    @Select("SELECT id, code, name, sort_order, enabled FROM sector WHERE enabled = TRUE ORDER BY sort_order, id")
    List<SectorView> findEnabled();

    @Select("SELECT COUNT(*) > 0 FROM sector WHERE code = #{code} AND (#{exceptId} IS NULL OR id <> #{exceptId})")
    boolean codeTaken(@Param("code") String code, @Param("exceptId") Long exceptId);

    @Insert("INSERT INTO sector (code, name, sort_order, enabled, created_at, updated_at) "
            + "VALUES (#{form.code}, #{form.name}, #{form.sortOrder}, #{form.enabled}, #{now}, #{now})")
    @Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
    void insert(@Param("form") SectorForm form, @Param("key") GeneratedKey key, @Param("now") LocalDateTime now);

    @Update("UPDATE sector SET code = #{form.code}, name = #{form.name}, sort_order = #{form.sortOrder}, "
            + "enabled = #{form.enabled}, updated_at = #{now} WHERE id = #{id}")
    int update(@Param("id") long id, @Param("form") SectorForm form, @Param("now") LocalDateTime now);
}
