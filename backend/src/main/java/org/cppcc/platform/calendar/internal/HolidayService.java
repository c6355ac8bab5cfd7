package org.cppcc.platform.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.cppcc.platform.calendar.DayKind;
import org.cppcc.platform.calendar.HolidayBook;
import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class HolidayService implements HolidayBook {

    private final HolidayMapper holidays;
    private final WorkingDayCalendar calendar;

    @Override
    public long entriesIn(int year) {
        return holidays.count(year, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    HolidayService(HolidayMapper holidays, WorkingDayCalendar calendar) {
        this.holidays = holidays;
        this.calendar = calendar;
    }

    PageResult<HolidayView> find(Integer year, PageQuery query) {
        LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? null : from.plusYears(1);
        List<HolidayView> items = holidays.find(year, from, to, query.offset(), query.sizeOrDefault());
        return query.result(items, holidays.count(year, from, to));
    }

    @Override
    @Transactional
    public void declare(LocalDate day, DayKind kind, String name) {
        HolidayForm form = new HolidayForm();
        form.day = day;
        form.kind = kind;
        form.name = name;
        create(form);
    }

    @Transactional
    HolidayView create(HolidayForm form) {
        checkFree(form, null);
        form.name = form.name.strip();
        holidays.insert(form);
        calendar.reload();
        return holidays.findById(form.id);
    }

    @Transactional
    HolidayView update(long id, HolidayForm form) {
        require(id);
        checkFree(form, id);
        form.name = form.name.strip();
        holidays.update(id, form);
        calendar.reload();
        return holidays.findById(id);
    }

    @Transactional
    void delete(long id) {
        require(id);
        holidays.delete(id);
        calendar.reload();
    }

    private void checkFree(HolidayForm form, Long id) {
        if (holidays.dayTaken(form.day, id)) {
            throw ApiException.duplicate("day", "日期 " + form.day + " 已设置");
        }
    }

    private void require(long id) {
        if (holidays.findById(id) == null) {
            throw ApiException.notFound("节假日");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CalendarConfig {

        @Bean
        WorkingDayCalendar workingDayCalendar(HolidayMapper holidays) {
            return new WorkingDayCalendar(() -> holidays.findAll().stream()
                    .collect(Collectors.toMap(HolidayView::holidayDate, HolidayView::kind, (a, b) -> b)));
        }
    }
}
