package org.cppcc.platform.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface HolidayMapper {

    String FILTER =
            "<where><if test='year != null'>holiday_date &gt;= #{from} AND holiday_date &lt; #{to}</if></where>";

    @Select("SELECT id, holiday_date, kind, name FROM holiday")
    List<HolidayView> findAll();

    @Select("<script>SELECT COUNT(*) FROM holiday " + FILTER + "</script>")
    long count(@Param("year") Integer year, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Select("<script>SELECT id, holiday_date, kind, name FROM holiday " + FILTER
            + " ORDER BY holiday_date LIMIT #{limit} OFFSET #{offset}</script>")
    List<HolidayView> find(
            @Param("year") Integer year,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("offset") long offset,
            @Param("limit") int limit);

    @Select("SELECT id, holiday_date, kind, name FROM holiday WHERE id = #{id}")
    HolidayView findById(long id);

    @Select("SELECT COUNT(*) > 0 FROM holiday WHERE holiday_date = #{day} AND (#{exceptId} IS NULL OR id <> "
            + "#{exceptId})")
    boolean dayTaken(@Param("day") LocalDate day, @Param("exceptId") Long exceptId);

    @Insert("INSERT INTO holiday (holiday_date, kind, name) VALUES (#{form.day}, #{form.kind}, #{form.name})")
    @Options(useGeneratedKeys = true, keyProperty = "form.id", keyColumn = "id")
    void insert(@Param("form") HolidayForm form);

    @Update("UPDATE holiday SET holiday_date = #{form.day}, kind = #{form.kind}, name = #{form.name} WHERE id = #{id}")
    int update(@Param("id") long id, @Param("form") HolidayForm form);

    @Delete("DELETE FROM holiday WHERE id = #{id}")
    int delete(long id);
}
