package org.cppcc.platform.organisation.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The organisation's audit history: who changed which session, member or place, when, and what it became. */
@Mapper
interface HistoryMapper {

    @Insert("INSERT INTO organisation_history (subject_type, subject_id, action, detail, actor_id, actor_name, "
            + "acted_at) VALUES (#{subject}, #{subjectId}, #{action}, #{detail}, #{actorId}, #{actorName}, #{now})")
    void insert(
            @Param("subject") String subject,
            @Param("subjectId") long subjectId,
            @Param("action") String action,
            @Param("detail") String detail,
            @Param("actorId") Long actorId,
            @Param("actorName") String actorName,
            @Param("now") LocalDateTime now);

    @Select("SELECT action, detail, actor_name, acted_at FROM organisation_history "
            + "WHERE subject_type = #{subject} AND subject_id = #{subjectId} ORDER BY id")
    List<HistoryView> find(@Param("subject") String subject, @Param("subjectId") long subjectId);

    record HistoryView(String action, String detail, String actorName, LocalDateTime actedAt) {}
}
