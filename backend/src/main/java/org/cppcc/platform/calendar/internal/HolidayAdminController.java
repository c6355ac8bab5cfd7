package org.cppcc.platform.calendar.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/holidays")
@Validated
class HolidayAdminController {

    private final HolidayService holidays;

    HolidayAdminController(HolidayService holidays) {
        this.holidays = holidays;
    }

    @GetMapping
    PageResult<HolidayView> list(
            @RequestParam(required = false)
                    @Min(value = 2000, message = "年份不能早于2000年")
                    @Max(value = 2100, message = "年份不能晚于2100年")
                    Integer year,
            @Valid PageQuery query) {
        return holidays.find(year, query);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    HolidayView create(@Valid @RequestBody HolidayForm form) {
        return holidays.create(form);
    }

    @PutMapping("/{id}")
    HolidayView update(@PathVariable long id, @Valid @RequestBody HolidayForm form) {
        return holidays.update(id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        holidays.delete(id);
    }
}
