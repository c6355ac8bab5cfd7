package org.cppcc.platform.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.consultation.events.MatterEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 5's reminders: an action due within a working day, and again once it is overdue, is published as
 * {@link MatterEvent.ActionDue} (the notification module tells its unit). A compare-and-set on the action's
 * reminded column lets exactly one scan publish each, however often and on however many nodes it runs.
 */
@Component
class ActionReminders {

    private final OpenActions openActions;
    private final MatterSupport support;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final boolean enabled;

    ActionReminders(
            OpenActions openActions,
            MatterSupport support,
            WorkingDayCalendar calendar,
            Clock clock,
            @Value("${platform.consultation.reminders-enabled:true}") boolean enabled) {
        this.openActions = openActions;
        this.support = support;
        this.calendar = calendar;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${platform.consultation.reminder-interval:PT10M}", initialDelayString = "PT30S")
    void scheduled() {
        if (enabled) {
            scan();
        }
    }

    /** Returns how many reminders were published. */
    @Transactional
    public int scan() {
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        int published = 0;
        for (OpenAction action : openActions.dueBy(calendar.addWorkingDays(today, 1))) {
            boolean overdue = action.dueDate().isBefore(today);
            int claimed =
                    overdue ? openActions.markOverdue(action.id(), now) : openActions.markDueSoon(action.id(), now);
            if (claimed != 1) {
                continue;
            }
            MatterRow matter = support.mapper.findMatter(action.matterId());
            support.publish(
                    matter,
                    null,
                    null,
                    matter.state,
                    f -> new MatterEvent.ActionDue(
                            f,
                            action.id(),
                            action.seq(),
                            action.unitId(),
                            action.content(),
                            action.dueDate(),
                            action.progressPercent(),
                            overdue));
            published++;
        }
        return published;
    }

    record OpenAction(
            long id, long matterId, int seq, String content, long unitId, LocalDate dueDate, int progressPercent) {}

    @Mapper
    interface OpenActions {

        @Select("SELECT a.id, a.matter_id, a.seq, a.content, a.unit_id, a.due_date, a.progress_percent "
                + "FROM consultation_action a JOIN consultation_matter m ON m.id = a.matter_id "
                + "WHERE a.status <> 'DONE' AND m.state = 'IMPLEMENTING' AND a.due_date <= #{limit} "
                + "AND (a.overdue_reminded_at IS NULL OR a.due_soon_reminded_at IS NULL) "
                + "ORDER BY a.due_date, a.id")
        List<OpenAction> dueBy(@Param("limit") LocalDate limit);

        @Update("UPDATE consultation_action SET due_soon_reminded_at = #{now} "
                + "WHERE id = #{id} AND due_soon_reminded_at IS NULL")
        int markDueSoon(@Param("id") long id, @Param("now") LocalDateTime now);

        /** An action first seen overdue is not reminded as due soon afterwards. */
        @Update("UPDATE consultation_action SET overdue_reminded_at = #{now}, "
                + "due_soon_reminded_at = COALESCE(due_soon_reminded_at, #{now}) "
                + "WHERE id = #{id} AND overdue_reminded_at IS NULL")
        int markOverdue(@Param("id") long id, @Param("now") LocalDateTime now);
    }
}
