package org.cppcc.platform.consultation.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.cppcc.platform.consultation.ConsultationDutyFacts;
import org.springframework.stereotype.Component;

@Component
class ConsultationDutyFactsAdapter implements ConsultationDutyFacts {

    private final ConsultationDutyMapper mapper;

    ConsultationDutyFactsAdapter(ConsultationDutyMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<RosterDay> rosterUntil(LocalDate until) {
        return mapper.rosterUntil(until);
    }

    @Override
    public List<Long> attendedMembers(long meetingId) {
        return mapper.attendedMembers(meetingId);
    }

    @Override
    public List<Attendance> heldMeetings() {
        return mapper.heldMeetings();
    }

    @Override
    public List<AccountAct> triagedMatters() {
        return mapper.triaged();
    }

    @Override
    public List<AccountAct> receptions() {
        return mapper.receptions();
    }

    @Mapper
    interface ConsultationDutyMapper {

        @Select("SELECT d.id AS duty_id, d.member_id, d.duty_date, d.period, d.kind, w.name AS workstation_name "
                + "FROM consultation_duty d JOIN workstation w ON w.id = d.workstation_id "
                + "WHERE d.duty_date <= #{until} ORDER BY d.id")
        List<RosterDay> rosterUntil(@Param("until") LocalDate until);

        @Select("SELECT member_id FROM consultation_participant WHERE meeting_id = #{meetingId} "
                + "AND member_id IS NOT NULL AND attended = TRUE")
        List<Long> attendedMembers(@Param("meetingId") long meetingId);

        @Select("SELECT m.id AS meeting_id, m.topic, CAST(m.held_at AS DATE) AS held_on, p.member_id "
                + "FROM consultation_meeting m JOIN consultation_participant p ON p.meeting_id = m.id "
                + "WHERE m.held_at IS NOT NULL AND p.member_id IS NOT NULL AND p.attended = TRUE")
        List<Attendance> heldMeetings();

        @Select("SELECT id AS matter_id, title, triaged_by AS account_id, CAST(triaged_at AS DATE) AS acted_on "
                + "FROM consultation_matter WHERE triaged_by IS NOT NULL AND triaged_at IS NOT NULL")
        List<AccountAct> triaged();

        @Select("SELECT id AS matter_id, title, logged_by AS account_id, CAST(raised_at AS DATE) AS acted_on "
                + "FROM consultation_matter WHERE channel = 'RECEPTION' AND logged_by IS NOT NULL")
        List<AccountAct> receptions();
    }
}
