package org.cppcc.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pager's offset, even for a query that skipped validation. */
class PageQueryTest {

    @Test
    void offsetsAreComputedInLongAndFromClampedBounds() {
        assertThat(new PageQuery(null, null, null).offset()).isZero();
        assertThat(new PageQuery(null, 3, 20).offset()).isEqualTo(40);
        // 107374184 × 20 overflowed int into a negative offset: the 500 an outside test found.
        assertThat(new PageQuery(null, 107_374_184, 20).offset()).isEqualTo((long) (PageQuery.MAX_PAGE - 1) * 20);
        assertThat(new PageQuery(null, Integer.MAX_VALUE, Integer.MAX_VALUE).offset())
                .isEqualTo((long) (PageQuery.MAX_PAGE - 1) * 100);
        assertThat(new PageQuery(null, -5, -5).offset()).isZero();
    }
}
