package org.cppcc.platform.organisation.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Subdistricts, their communities and the workstations in them. */
@Mapper
interface WorkstationMapper {

    String SELECT = "SELECT w.id, w.name, w.kind, w.subdistrict_id, s.name AS subdistrict_name, w.community_id, "
            + "c.name AS community_name, w.address, w.enabled FROM workstation w "
            + "JOIN subdistrict s ON s.id = w.subdistrict_id LEFT JOIN community c ON c.id = w.community_id ";
    String FILTER =
            "<where><if test='like != null'>(w.name LIKE #{like} OR w.address LIKE #{like} OR s.name LIKE #{like})</if>"
                    + "<if test='subdistrictId != null'> AND w.subdistrict_id = #{subdistrictId}</if></where>";

    @Select("<script>SELECT COUNT(*) FROM workstation w JOIN subdistrict s ON s.id = w.subdistrict_id " + FILTER
            + "</script>")
    long count(@Param("like") String like, @Param("subdistrictId") Long subdistrictId);

    @Select("<script>" + SELECT + FILTER
            + " ORDER BY s.sort_order, w.kind, w.id LIMIT #{limit} OFFSET #{offset}</script>")
    List<WorkstationView> find(
            @Param("like") String like,
            @Param("subdistrictId") Long subdistrictId,
            @Param("offset") long offset,
            @Param("limit") int limit);

    @Select(SELECT + "WHERE w.id = #{id}")
    WorkstationView findById(long id);

    @Select("SELECT COUNT(*) > 0 FROM workstation WHERE name = #{name} AND (#{exceptId} IS NULL OR id <> #{exceptId})")
    boolean nameTaken(@Param("name") String name, @Param("exceptId") Long exceptId);

    @Insert("INSERT INTO workstation (name, kind, subdistrict_id, community_id, address, enabled, "
            + "created_at, updated_at) "
            + "VALUES (#{form.name}, #{form.kind}, #{form.subdistrictId}, #{form.communityId}, "
            + "#{form.address}, "
            + "#{form.enabled}, #{now}, #{now})")
    @Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
    void insert(@Param("form") WorkstationForm form, @Param("key") GeneratedKey key, @Param("now") LocalDateTime now);

    @Update("UPDATE workstation SET name = #{form.name}, kind = #{form.kind}, subdistrict_id = #{form.subdistrictId}, "
            + "community_id = #{form.communityId}, address = #{form.address}, enabled = #{form.enabled}, "
            + "updated_at = #{now} "
            + "WHERE id = #{id}")
    int update(@Param("id") long id, @Param("form") WorkstationForm form, @Param("now") LocalDateTime now);

    @Insert("INSERT INTO workstation_liaison (workstation_id, account_id) VALUES (#{workstationId}, #{accountId})")
    void insertLiaison(@Param("workstationId") long workstationId, @Param("accountId") long accountId);

    @Select("SELECT id, name FROM subdistrict ORDER BY sort_order, id")
    List<SubdistrictView> subdistricts();

    @Select("SELECT COUNT(*) > 0 FROM subdistrict WHERE id = #{id}")
    boolean subdistrictExists(long id);

    @Insert("INSERT INTO subdistrict (name, sort_order) VALUES (#{name}, #{sortOrder})")
    @Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
    void insertSubdistrict(
            @Param("name") String name, @Param("sortOrder") int sortOrder, @Param("key") GeneratedKey key);

    @Select("<script>SELECT id, name, subdistrict_id FROM community "
            + "<where><if test='subdistrictId != null'>subdistrict_id = "
            + "#{subdistrictId}</if></where> ORDER BY id</script>")
    List<CommunityView> communities(@Param("subdistrictId") Long subdistrictId);

    @Select("SELECT id, name, subdistrict_id FROM community WHERE id = #{id}")
    CommunityView community(long id);

    @Insert("INSERT INTO community (subdistrict_id, name) VALUES (#{subdistrictId}, #{name})")
    @Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
    void insertCommunity(
            @Param("subdistrictId") long subdistrictId, @Param("name") String name, @Param("key") GeneratedKey key);

    record SubdistrictView(long id, String name) {}

    record CommunityView(long id, String name, long subdistrictId) {}
}
