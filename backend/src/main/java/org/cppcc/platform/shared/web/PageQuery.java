package org.cppcc.platform.shared.web;

import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Search box and pager of every list screen. */
public record PageQuery(
        @Size(max = 50, message = "搜索关键字不能超过50个字符") String keyword,

        @Min(value = 1, message = "页码必须大于0") @Max(value = MAX_PAGE, message = "页码不能超过" + MAX_PAGE)
        Integer page,

        @Min(value = 1, message = "每页条数必须大于0") @Max(value = 100, message = "每页条数不能超过100")
        Integer size) {

    /** Far beyond any real list; bounds the offset the database is asked to skip. */
    public static final int MAX_PAGE = 100_000;

    /**
     * Where a list over a very large history stops counting: a district's proposals never reach it, and past it
     * an exact figure would cost a scan of every row on each page turn (issue 19).
     */
    public static final int COUNT_CAP = 10_000;

    public int pageOrFirst() {
        return page == null ? 1 : page;
    }

    public int sizeOrDefault() {
        return size == null ? 20 : size;
    }

    /** In long, and from a page clamped to its bounds: an unvalidated query can never overflow or go negative. */
    public long offset() {
        long page = Math.min(Math.max(pageOrFirst(), 1), MAX_PAGE);
        return (page - 1) * Math.min(Math.max(sizeOrDefault(), 1), 100);
    }

    /** The keyword ready for a LIKE pattern bound as a parameter, or null when there is none. */
    public String likePattern() {
        if (Text.isBlank(keyword)) {
            return null;
        }
        String escaped =
                keyword.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public <T> PageResult<T> result(List<T> items, long total) {
        return new PageResult<>(items, total, pageOrFirst(), sizeOrDefault());
    }

    /** A page whose count was taken with a limit of {@link #COUNT_CAP} + 1 rows. */
    public <T> PageResult<T> resultOfBoundedCount(List<T> items, long counted) {
        boolean capped = counted > COUNT_CAP;
        return new PageResult<>(items, capped ? COUNT_CAP : counted, pageOrFirst(), sizeOrDefault(), capped);
    }
}
