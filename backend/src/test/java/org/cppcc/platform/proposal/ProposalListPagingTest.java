package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.underReview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The lists read a page of ids in the list's order from an index and join the names afterwards (V105 and
 * ProposalMapper's searchSource): whichever way a list is read (the office's unfiltered list with its index
 * hint, a filtered one, a proposer's own), pages come newest change first, do not overlap, add up to the
 * total, and the total is exact below the count cap.
 */
class ProposalListPagingTest extends IntegrationTest {

    @Test
    void everyWayOfReadingAListPagesTheSameProposalsNewestFirst() {
        ApiClient member = loginAs("wy044");
        String marker = title("分页核对");
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            submitted.add(underReview(member, marker + "第" + i + "件"));
        }
        List<Long> newestFirst = new ArrayList<>(submitted);
        Collections.reverse(newestFirst);
        ApiClient office = loginAs("tab01");
        String keyword = "&keyword=" + URLEncoder.encode(marker, StandardCharsets.UTF_8);

        // the office's whole list (read with the index hint), filtered lists, and the proposer's own
        assertThat(pagesOf(office, "/api/proposals?size=2" + keyword)).isEqualTo(newestFirst);
        assertThat(pagesOf(office, "/api/proposals?size=2&state=UNDER_REVIEW&category=SOCIETY" + keyword))
                .isEqualTo(newestFirst);
        long session = jdbc.queryForObject("SELECT id FROM committee_session WHERE is_current", Long.class);
        assertThat(pagesOf(office, "/api/proposals?size=2&sessionId=" + session + keyword))
                .isEqualTo(newestFirst);
        assertThat(pagesOf(member, "/api/proposals?scope=MINE&size=2" + keyword))
                .isEqualTo(newestFirst);
    }

    @Test
    void aTotalBelowTheCapIsExact() {
        ApiClient member = loginAs("wy045");
        String marker = title("计数核对");
        underReview(member, marker + "甲");
        underReview(member, marker + "乙");

        JsonNode page = member.get(
                        "/api/proposals?scope=MINE&keyword=" + URLEncoder.encode(marker, StandardCharsets.UTF_8))
                .expectStatus(200)
                .json();

        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("totalCapped").asBoolean()).isFalse();
    }

    @Test
    void aCountPastTheCapSaysMoreThanInsteadOfANumber() {
        PageQuery query = new PageQuery(null, 3, 20);

        assertThat(query.resultOfBoundedCount(List.of(), PageQuery.COUNT_CAP + 1))
                .satisfies(result -> {
                    assertThat(result.total()).isEqualTo(PageQuery.COUNT_CAP);
                    assertThat(result.totalCapped()).isTrue();
                    assertThat(result.page()).isEqualTo(3);
                });
        assertThat(query.resultOfBoundedCount(List.of(), PageQuery.COUNT_CAP).totalCapped())
                .isFalse();
    }

    /** Walks the pages until the total is reached; each page must be new rows. */
    private static List<Long> pagesOf(ApiClient viewer, String path) {
        List<Long> ids = new ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int page = 1; ids.size() < total && page <= 10; page++) {
            JsonNode answer =
                    viewer.get(path + "&page=" + page).expectStatus(200).json();
            total = answer.get("total").asLong();
            assertThat(answer.get("totalCapped").asBoolean()).isFalse();
            answer.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize((int) total);
        return ids;
    }
}
