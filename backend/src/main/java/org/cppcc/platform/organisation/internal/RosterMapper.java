package org.cppcc.platform.organisation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The roster (委员名册): members with their sector, workstation and login. */
@Mapper
interface RosterMapper {

    String SELECT = "SELECT m.id, m.name, m.gender, m.sector_id, s.name AS sector_name, m.level, m.special_committee, "
            + "m.party, m.workplace, m.phone, m.email, m.workstation_id, w.name AS workstation_name, m.account_id, "
            + "a.username, m.enabled, m.retired_on FROM member m JOIN sector s ON s.id = m.sector_id "
            + "LEFT JOIN workstation w ON w.id = m.workstation_id LEFT JOIN app_account a ON a.id = m.account_id ";
    String FILTER = "<where><if test='like != null'>(m.name LIKE #{like} OR m.phone LIKE #{like} "
            + "OR m.workplace LIKE #{like} OR a.username LIKE #{like})</if>"
            + "<if test='sectorId != null'> AND m.sector_id = #{sectorId}</if>"
            + "<if test='retired == true'> AND m.enabled = FALSE</if>"
            + "<if test='retired == false'> AND m.enabled = TRUE</if>"
            + "</where>";

    @Select("<script>SELECT COUNT(*) FROM member m LEFT JOIN app_account a ON a.id = m.account_id " + FILTER
            + "</script>")
    long count(@Param("like") String like, @Param("sectorId") Long sectorId, @Param("retired") Boolean retired);

    @Select("<script>" + SELECT + FILTER + " ORDER BY m.id LIMIT #{limit} OFFSET #{offset}</script>")
    List<MemberView> find(
            @Param("like") String like,
            @Param("sectorId") Long sectorId,
            @Param("retired") Boolean retired,
            @Param("offset") long offset,
            @Param("limit") int limit);

    @Select(SELECT + "WHERE m.id = #{id}")
    MemberView findById(long id);

    @Select("SELECT id FROM member WHERE id = #{id} FOR UPDATE")
    Long lock(long id);

    @Select("SELECT id FROM member WHERE account_id = #{accountId}")
    Long memberOfAccount(long accountId);

    @Select("SELECT COUNT(*) > 0 FROM workstation WHERE id = #{id}")
    boolean workstationExists(long id);

    @Update("UPDATE member SET name = #{f.name}, gender = #{f.gender}, sector_id = #{f.sectorId}, level = #{f.level}, "
            + "special_committee = #{f.specialCommittee}, party = #{f.party}, workplace = #{f.workplace}, "
            + "phone = #{f.phone}, email = #{f.email}, workstation_id = #{f.workstationId}, updated_at = #{now} "
            + "WHERE id = #{id}")
    void update(@Param("id") long id, @Param("f") MemberForm form, @Param("now") LocalDateTime now);

    @Update("UPDATE member SET special_committee = #{specialCommittee}, email = #{email} WHERE id = #{id}")
    void setRosterDetails(
            @Param("id") long id, @Param("specialCommittee") String specialCommittee, @Param("email") String email);

    @Update("UPDATE member SET account_id = #{accountId}, updated_at = #{now} WHERE id = #{id}")
    void linkAccount(@Param("id") long id, @Param("accountId") long accountId, @Param("now") LocalDateTime now);

    @Update("UPDATE member SET enabled = #{enabled}, retired_on = #{retiredOn}, updated_at = #{now} WHERE id = #{id}")
    void setRetired(
            @Param("id") long id,
            @Param("enabled") boolean enabled,
            @Param("retiredOn") LocalDate retiredOn,
            @Param("now") LocalDateTime now);
}
