package org.cppcc.platform.organisation.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Multi-row writes and one-query lookups for imports of the roster. */
@Mapper
interface ImportMapper {

    record Named(long id, String name, String code) {}

    @Select("SELECT id, name, code FROM sector WHERE enabled = TRUE ORDER BY sort_order, id")
    List<Named> sectors();

    @Select("SELECT id, name, NULL AS code FROM workstation WHERE enabled = TRUE ORDER BY id")
    List<Named> workstations();

    @Select("SELECT id, name, code FROM handling_unit ORDER BY id")
    List<Named> units();

    @Insert("<script>INSERT INTO handling_unit (code, name, kind, contact_name, contact_phone, enabled, created_at, "
            + "updated_at) VALUES <foreach collection='rows' item='u' separator=','>(#{u.code}, #{u.name}, "
            + "#{u.kind}, #{u.contactName}, #{u.contactPhone}, TRUE, #{now}, #{now})</foreach></script>")
    void insertUnits(@Param("rows") List<RosterImports.UnitRow> rows, @Param("now") LocalDateTime now);

    @Select("<script>SELECT id, name, code FROM handling_unit WHERE code IN "
            + "<foreach collection='codes' item='c' open='(' separator=',' close=')'>#{c}</foreach></script>")
    List<Named> unitsByCode(@Param("codes") Collection<String> codes);

    @Insert("<script>INSERT INTO member (account_id, name, gender, sector_id, level, special_committee, party, "
            + "workplace, phone, email, workstation_id, enabled, created_at, updated_at) VALUES "
            + "<foreach collection='rows' item='m' separator=','>(#{m.accountId}, #{m.name}, #{m.gender}, "
            + "#{m.sectorId}, #{m.level}, #{m.specialCommittee}, #{m.party}, #{m.workplace}, #{m.phone}, "
            + "#{m.email}, #{m.workstationId}, TRUE, #{now}, #{now})</foreach></script>")
    @Options(useGeneratedKeys = true, keyProperty = "rows.id", keyColumn = "id")
    void insertMembers(@Param("rows") List<RosterImports.MemberRow> rows, @Param("now") LocalDateTime now);

    @Insert("<script>INSERT INTO organisation_history (subject_type, subject_id, action, detail, actor_id, "
            + "actor_name, acted_at) VALUES <foreach collection='rows' item='h' separator=','>(#{h.subject}, "
            + "#{h.subjectId}, #{h.action}, #{h.detail}, #{actorId}, #{actorName}, #{now})</foreach></script>")
    void insertHistory(
            @Param("rows") List<RosterImports.HistoryRow> rows,
            @Param("actorId") Long actorId,
            @Param("actorName") String actorName,
            @Param("now") LocalDateTime now);
}
