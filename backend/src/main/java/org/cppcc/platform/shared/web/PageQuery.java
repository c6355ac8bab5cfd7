package org.cppcc.platform.shared.web;

import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Search box and pager of every list screen. */
public record PageQuery(
        @Size(max = 50, message = "搜索关键字不能超过50个字符") String keyword,
        @Min(value = 1, message = "页码必须大于0") Integer page,

        @Min(value = 1, message = "每页条数必须大于0") @Max(value = 100, message = "每页条数不能超过100")
        Integer size) {

    public int pageOrFirst() {
        return page == null ? 1 : page;
    }

    public int sizeOrDefault() {
        return size == null ? 20 : size;
    }

    public int offset() {
        return (pageOrFirst() - 1) * sizeOrDefault();
    }

    /** The keyword ready for a LIKE pattern bound as a parameter, or null when there is none. */
    public String likePattern() {
        if (keyword == null || keyword.isBlank()) {
            return null;
        }
        String escaped =
                keyword.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public <T> PageResult<T> result(List<T> items, long total) {
        return new PageResult<>(items, total, pageOrFirst(), sizeOrDefault());
    }
}
