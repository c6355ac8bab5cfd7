package org.cppcc.platform.shared.web;

import java.util.List;

/** One page of a list, with the total for the pager. Pages count from 1, as the screens show them. */
public record PageResult<T>(List<T> items, long total, int page, int size) {}
