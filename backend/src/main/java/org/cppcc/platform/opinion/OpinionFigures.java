package org.cppcc.platform.opinion;

import java.util.List;

/**
 * 社情民意's figures for the statistics board and the duty record. A report counts in the year it was submitted
 * (drafts never count); it counts for each of its authors (lead and co-authors) per member, once per sector
 * of any of its authors, and once in the totals. {@code adopted} includes the ones sent upward;
 * {@code instructed} those with a leader's instruction recorded.
 */
public interface OpinionFigures {

    record Counts(long submitted, long adopted, long sentUpward, long instructed) {}

    record MemberCounts(long memberId, String memberName, String sectorName, Counts counts) {}

    record SectorCounts(Long sectorId, String sectorName, Counts counts) {}

    /** Every report submitted in the year (all years when null). */
    Counts totals(Integer year);

    /** One row per author with a report in the year, most submitted first. */
    List<MemberCounts> byMember(Integer year);

    /** One row per sector of an author with a report in the year, most submitted first. */
    List<SectorCounts> bySector(Integer year);
}
