package org.cppcc.platform.calendar.internal;

import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.cppcc.platform.calendar.DayKind;

/** A holiday or make-up day as entered; {@code id} receives the generated key. */
class HolidayForm {
    @NotNull(message = "日期不能为空")
    public LocalDate day;

    @NotNull(message = "类型不能为空")
    public DayKind kind;

    @NotBlank(message = "名称不能为空")
    @Size(max = 50, message = "名称不能超过50个字符")
    public String name;

    @JsonIgnore
    public Long id;
}
