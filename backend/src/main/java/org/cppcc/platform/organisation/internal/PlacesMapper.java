package org.cppcc.platform.organisation.internal;

import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Upkeep of subdistricts, communities and workstations' liaisons from the administrator's screens. */
@Mapper
interface PlacesMapper {

    @Select("SELECT COUNT(*) > 0 FROM subdistrict WHERE name = #{name} AND (#{exceptId} IS NULL OR id <> #{exceptId})")
    boolean subdistrictTaken(@Param("name") String name, @Param("exceptId") Long exceptId);

    @Update("UPDATE subdistrict SET name = #{name}, sort_order = #{sortOrder} WHERE id = #{id}")
    int updateSubdistrict(@Param("id") long id, @Param("name") String name, @Param("sortOrder") int sortOrder);

    @Select("SELECT COUNT(*) > 0 FROM community WHERE subdistrict_id = #{subdistrictId} AND name = #{name} "
            + "AND (#{exceptId} IS NULL OR id <> #{exceptId})")
    boolean communityTaken(
            @Param("subdistrictId") long subdistrictId, @Param("name") String name, @Param("exceptId") Long exceptId);

    @Update("UPDATE community SET subdistrict_id = #{subdistrictId}, name = #{name} WHERE id = #{id}")
    int updateCommunity(@Param("id") long id, @Param("subdistrictId") long subdistrictId, @Param("name") String name);

    @Select("SELECT COUNT(*) > 0 FROM workstation WHERE community_id = #{id}")
    boolean communityHasWorkstation(long id);

    @Select("SELECT a.id AS account_id, a.username, a.display_name FROM workstation_liaison l "
            + "JOIN app_account a ON a.id = l.account_id WHERE l.workstation_id = #{workstationId} ORDER BY a.id")
    List<LiaisonView> liaisons(long workstationId);

    @Select("SELECT id FROM workstation WHERE id = #{id} FOR UPDATE")
    Long lockWorkstation(long id);

    @Delete("DELETE FROM workstation_liaison WHERE workstation_id = #{workstationId} AND account_id = #{accountId}")
    void deleteLiaison(@Param("workstationId") long workstationId, @Param("accountId") long accountId);

    record LiaisonView(long accountId, String username, String displayName) {}
}
