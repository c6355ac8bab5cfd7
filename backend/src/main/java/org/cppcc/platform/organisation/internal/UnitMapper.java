package org.cppcc.platform.organisation.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.cppcc.platform.organisation.UnitKind;

@Mapper
interface UnitMapper {

    String COLUMNS = "id, code, name, kind, contact_name, contact_phone, enabled";
    String FILTER =
            "<where><if test='like != null'>(code LIKE #{like} OR name LIKE #{like} OR contact_name LIKE #{like})</if>"
                    + "<if test='kind != null'> AND kind = #{kind}</if></where>";

    @Select("<script>SELECT COUNT(*) FROM handling_unit " + FILTER + "</script>")
    long count(@Param("like") String like, @Param("kind") UnitKind kind);

    @Select("<script>SELECT " + COLUMNS + " FROM handling_unit " + FILTER
            + " ORDER BY kind, id LIMIT #{limit} OFFSET #{offset}</script>")
    List<UnitView> find(
            @Param("like") String like,
            @Param("kind") UnitKind kind,
            @Param("offset") long offset,
            @Param("limit") int limit);

    @Select("SELECT " + COLUMNS + " FROM handling_unit WHERE id = #{id}")
    UnitView findById(long id);

    @Select("SELECT " + COLUMNS + " FROM handling_unit WHERE enabled = TRUE ORDER BY kind, id")
    List<UnitView> findEnabled();

    @Select("SELECT COUNT(*) > 0 FROM handling_unit WHERE code = #{code} AND (#{exceptId} IS NULL OR id <> "
            + "#{exceptId})")
    boolean codeTaken(@Param("code") String code, @Param("exceptId") Long exceptId);

    @Insert("INSERT INTO handling_unit (code, name, kind, contact_name, contact_phone, enabled, created_at, "
            + "updated_at) "
            + "VALUES (#{form.code}, #{form.name}, #{form.kind}, #{form.contactName}, "
            + "#{form.contactPhone}, #{form.enabled}, #{now}, #{now})")
    @Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
    void insert(@Param("form") UnitForm form, @Param("key") GeneratedKey key, @Param("now") LocalDateTime now);

    @Update("UPDATE handling_unit SET code = #{form.code}, name = #{form.name}, kind = #{form.kind}, "
            + "contact_name = #{form.contactName}, contact_phone = #{form.contactPhone}, enabled = #{form.enabled}, "
            + "updated_at = #{now} WHERE id = #{id}")
    int update(@Param("id") long id, @Param("form") UnitForm form, @Param("now") LocalDateTime now);
}
