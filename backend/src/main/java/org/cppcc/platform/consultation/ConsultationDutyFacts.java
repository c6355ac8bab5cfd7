package org.cppcc.platform.consultation;

import java.time.LocalDate;
import java.util.List;

/**
 * What members did at the workstations, for their duty records: the duty roster, meetings attended, matters
 * they triaged or logged at a reception. Read by the duty module to fill the record from existing data and
 * for the roster, which publishes no events.
 */
public interface ConsultationDutyFacts {

    /** Duty roster entries on or before {@code until}. */
    List<RosterDay> rosterUntil(LocalDate until);

    /** Members marked as attending the minutes of a held meeting. */
    List<Long> attendedMembers(long meetingId);

    /** Every held meeting with the members who attended. */
    List<Attendance> heldMeetings();

    /** Matters triaged, by the account that triaged them. */
    List<AccountAct> triagedMatters();

    /** Matters logged at a reception, by the account that logged them. */
    List<AccountAct> receptions();

    record RosterDay(
            long dutyId, long memberId, LocalDate dutyDate, DutyPeriod period, DutyKind kind, String workstationName) {}

    record Attendance(long meetingId, String topic, LocalDate heldOn, long memberId) {}

    record AccountAct(long matterId, String title, long accountId, LocalDate actedOn) {}
}
