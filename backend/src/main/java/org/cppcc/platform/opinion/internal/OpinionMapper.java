package org.cppcc.platform.opinion.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.cppcc.platform.opinion.OpinionSource;
import org.cppcc.platform.opinion.OpinionState;

@Mapper
interface OpinionMapper {

    void insertReport(ReportRow report);

    ReportRow findReport(@Param("id") long id);

    ReportRow lockReport(@Param("id") long id);

    Long reportOfSource(@Param("source") OpinionSource source, @Param("sourceId") long sourceId);

    int updateDraft(ReportRow report);

    int editText(
            @Param("id") long id,
            @Param("title") String title,
            @Param("content") String content,
            @Param("now") LocalDateTime now);

    int submit(@Param("id") long id, @Param("now") LocalDateTime now);

    int decide(
            @Param("id") long id,
            @Param("to") OpinionState to,
            @Param("comment") String comment,
            @Param("now") LocalDateTime now);

    int countFollowUp(
            @Param("id") long id,
            @Param("kind") Rows.FollowUpKind kind,
            @Param("to") OpinionState to,
            @Param("now") LocalDateTime now);

    void insertAuthor(Rows.Author author);

    int deleteAuthors(@Param("reportId") long reportId);

    List<Rows.Author> authors(@Param("reportId") long reportId);

    List<Rows.Author> authorsOf(@Param("reportIds") List<Long> reportIds);

    boolean isAuthor(@Param("reportId") long reportId, @Param("accountId") long accountId);

    void insertFollowUp(
            @Param("reportId") long reportId,
            @Param("kind") Rows.FollowUpKind kind,
            @Param("party") String party,
            @Param("on") LocalDate on,
            @Param("text") String text,
            @Param("by") long by,
            @Param("byName") String byName,
            @Param("now") LocalDateTime now,
            @Param("row") GeneratedKey row);

    List<Rows.FollowUp> followUps(@Param("reportId") long reportId);

    void insertHistory(
            @Param("reportId") long reportId,
            @Param("actorId") Long actorId,
            @Param("actorName") String actorName,
            @Param("actorRole") String actorRole,
            @Param("action") String action,
            @Param("from") OpinionState from,
            @Param("to") OpinionState to,
            @Param("comment") String comment,
            @Param("now") LocalDateTime now);

    List<Rows.History> history(@Param("reportId") long reportId);

    /** The reports an account wrote or co-wrote ({@code accountId}), or every submitted one (null). */
    List<ReportRow> reports(
            @Param("accountId") Long accountId,
            @Param("state") OpinionState state,
            @Param("like") String like,
            @Param("offset") long offset,
            @Param("limit") int limit);

    long countReports(
            @Param("accountId") Long accountId, @Param("state") OpinionState state, @Param("like") String like);

    // figures
    FigureRow totals(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<FigureRow> byMember(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<FigureRow> bySector(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** Holds the id MyBatis generates for an insert. */
    class GeneratedKey {
        public Long id;
    }

    /** A line of the figures: a member, a sector, or the totals (no key). */
    class FigureRow {
        public Long keyId;
        public String keyName;
        public String sectorName;
        public long submitted;
        public long adopted;
        public long sentUpward;
        public long instructed;
    }
}
