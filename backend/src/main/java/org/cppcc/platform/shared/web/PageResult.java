package org.cppcc.platform.shared.web;

import java.util.List;

/**
 * One page of a list, with the total for the pager. Pages count from 1, as the screens show them.
 * {@code totalCapped}: there are more than {@code total} rows; the list stopped counting there (see
 * {@link PageQuery#COUNT_CAP}) rather than read every row of a very large history to show an exact number.
 */
public record PageResult<T>(List<T> items, long total, int page, int size, boolean totalCapped) {

    public PageResult(List<T> items, long total, int page, int size) {
        this(items, total, page, size, false);
    }
}
