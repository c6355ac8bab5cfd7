package org.cppcc.platform.organisation.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.cppcc.platform.organisation.MemberProfile;
import org.cppcc.platform.organisation.OrganisationCounts;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.OrganisationSetup.NewMember;

/** Sessions, members and the organisation's totals. */
@Mapper
interface DirectoryMapper {

    @Select("SELECT m.id, m.name, m.account_id, m.sector_id, s.name AS sector_name FROM member m "
            + "JOIN sector s ON s.id = m.sector_id WHERE m.id = #{id} AND m.enabled = TRUE")
    OrganisationDirectory.MemberRef member(long id);

    @Select("<script>SELECT m.id, m.name, m.account_id, m.sector_id, s.name AS sector_name FROM member m "
            + "JOIN sector s ON s.id = m.sector_id WHERE m.enabled = TRUE "
            + "<if test='like != null'>AND (m.name LIKE #{like} OR s.name LIKE #{like})</if> ORDER "
            + "BY m.id LIMIT 50</script>")
    List<OrganisationDirectory.MemberRef> searchMembers(@Param("like") String like);

    @Select("SELECT id, code, name, kind, enabled FROM handling_unit WHERE id = #{id}")
    OrganisationDirectory.UnitRef unit(long id);

    @Select("SELECT COUNT(*) > 0 FROM sector WHERE id = #{id} AND enabled = TRUE")
    boolean sectorExists(long id);

    @Select("SELECT code, label FROM dictionary_item WHERE dict_type = #{type} AND enabled = TRUE ORDER BY "
            + "sort_order, id")
    List<OrganisationDirectory.DictionaryEntry> dictionary(String type);

    @Select("SELECT (SELECT COUNT(*) FROM member WHERE enabled = TRUE) AS members, "
            + "(SELECT COUNT(*) FROM handling_unit WHERE enabled = TRUE) AS units, "
            + "(SELECT COUNT(*) FROM sector WHERE enabled = TRUE) AS sectors, "
            + "(SELECT COUNT(*) FROM workstation WHERE enabled = TRUE) AS workstations, "
            + "(SELECT COUNT(*) FROM subdistrict) AS subdistricts, "
            + "(SELECT COUNT(*) FROM community) AS communities, "
            + "(SELECT COUNT(*) FROM member WHERE enabled = TRUE AND account_id IS NOT NULL) AS members_with_login, "
            + "(SELECT COUNT(*) FROM handling_unit WHERE enabled = TRUE AND contact_name IS NOT NULL "
            + "AND contact_phone IS NOT NULL) AS units_with_contact")
    OrganisationCounts counts();

    @Select("SELECT m.id, m.name, s.name AS sector_name, m.level, w.name AS workstation_name, m.party, m.workplace "
            + "FROM member m JOIN sector s ON s.id = m.sector_id LEFT JOIN workstation w ON w.id = m.workstation_id "
            + "WHERE m.account_id = #{accountId}")
    MemberProfile memberOfAccount(long accountId);

    @Insert("INSERT INTO member (account_id, name, gender, sector_id, level, party, workplace, phone, workstation_id, "
            + "enabled, created_at, updated_at) VALUES (#{m.accountId}, #{m.name}, #{m.gender}, "
            + "#{m.sectorId}, #{m.level}, "
            + "#{m.party}, #{m.workplace}, #{m.phone}, #{m.workstationId}, TRUE, #{now}, #{now})")
    @Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
    void insertMember(@Param("m") NewMember member, @Param("now") LocalDateTime now, @Param("key") GeneratedKey key);
}
