package org.cppcc.platform.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A member's duty record of one year with its points: what the yearly duty report (document module) prints. */
public interface DutyRecords {

    /** Empty when there is no such member. */
    Optional<YearRecord> record(long memberId, int year);

    record YearRecord(
            long memberId,
            String memberName,
            String sectorName,
            String specialCommittee,
            int year,
            int totalPoints,
            List<KindScore> scores,
            List<Entry> entries,
            int diaryCount) {}

    /** Points of one kind: {@code rawPoints} before the cap, {@code points} after it. */
    record KindScore(EntryKind kind, String label, int count, int rawPoints, Integer cap, int points) {}

    /**
     * One entry; {@code points} is what it is worth under the current rules (or the office's correction),
     * {@code counted} false for an entry voided by the office or not yet held (a meeting scheduled).
     */
    record Entry(
            long id,
            EntryKind kind,
            String label,
            LocalDate occurredOn,
            String title,
            int points,
            boolean counted,
            String origin,
            String note) {}
}
