package org.cppcc.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public site over the demo data: what it shows, how it searches and pages, and what it never shows. */
class ConsultationPublicSiteTest extends ConsultationTestBase {

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theDistrictPageListsEveryWorkstationAndRecentOutcomes() {
        JsonNode district = visitor()
                .get("/api/public/consultation/district")
                .expectStatus(200)
                .json();
        assertThat(district.get("workstationCount").asInt())
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM workstation WHERE enabled = TRUE", Integer.class));
        assertThat(district.get("totals").get("raised").asLong()).isGreaterThanOrEqualTo(24);
        assertThat(district.get("totals").get("satisfactionRate").asDouble()).isPositive();
        JsonNode outcomes = district.get("recentOutcomes");
        assertThat(outcomes.size()).isBetween(1, 10);
        outcomes.forEach(m -> assertThat(m.get("publishedAt").isNull()).isFalse());
    }

    @Test
    void workstationsAreSearchedAndPaged() {
        JsonNode qingshi = visitor()
                .get("/api/public/consultation/workstations?keyword=" + q("青石"))
                .expectStatus(200)
                .json();
        assertThat(qingshi.get("items")
                        .valueStream()
                        .map(w -> w.get("workstation").get("name").asString()))
                .contains(QINGSHI, "青石桥社区委员工作室");
        JsonNode card = qingshi.get("items").get(0);
        assertThat(card.get("stationedMembers").asInt()).isPositive();
        assertThat(card.get("stats").get("raised").asLong()).isPositive();

        JsonNode first = visitor()
                .get("/api/public/consultation/workstations?size=5")
                .expectStatus(200)
                .json();
        JsonNode second = visitor()
                .get("/api/public/consultation/workstations?size=5&page=2")
                .expectStatus(200)
                .json();
        // Other tests add workstations of their own in the same run: compare with the table.
        assertThat(first.get("total").asLong())
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM workstation WHERE enabled = TRUE", Long.class))
                .isGreaterThanOrEqualTo(20);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("items").get(0).get("workstation").get("id").asLong())
                .isNotEqualTo(
                        first.get("items").get(0).get("workstation").get("id").asLong());
        assertThat(visitor()
                        .get("/api/public/consultation/workstations?size=500")
                        .expectStatus(400)
                        .fields())
                .containsExactly("size");
    }

    @Test
    void onlyMattersPastTriageAreShownAndSearchable() {
        JsonNode toilet = visitor()
                .get("/api/public/consultation/matters?keyword=" + q("公共厕所"))
                .expectStatus(200)
                .json();
        assertThat(toilet.get("items").valueStream().map(m -> m.get("title").asString()))
                .contains("天剑社区公共厕所年久失修");
        assertThat(visitor()
                        .get("/api/public/consultation/matters?keyword=" + q("背街小巷路灯不亮"))
                        .expectStatus(200)
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(visitor()
                        .get("/api/public/consultation/matters?keyword=" + q("邻居装修噪音"))
                        .expectStatus(200)
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        JsonNode implementing = visitor()
                .get("/api/public/consultation/matters?state=IMPLEMENTING&size=100")
                .expectStatus(200)
                .json();
        assertThat(implementing.get("total").asInt()).isGreaterThanOrEqualTo(4);
        implementing
                .get("items")
                .forEach(m -> assertThat(m.get("state").asString()).isEqualTo("IMPLEMENTING"));
        JsonNode paged = visitor()
                .get("/api/public/consultation/matters?size=3&page=2")
                .expectStatus(200)
                .json();
        assertThat(paged.get("items").size()).isEqualTo(3);
        assertThat(visitor()
                        .get("/api/public/consultation/matters?state=WHATEVER")
                        .expectStatus(400)
                        .fields())
                .containsExactly("state");
        assertThat(visitor()
                        .get("/api/public/consultation/matters/999999")
                        .expectStatus(404)
                        .code())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void aPublicMatterNeverShowsContactsTrackingCodesOrUnpublishedDecisions() {
        long decided = jdbc.queryForObject("SELECT id FROM consultation_matter WHERE title = '老旧小区雨天积水严重'", Long.class);
        JsonNode shown = visitor()
                .get("/api/public/consultation/matters/" + decided)
                .expectStatus(200)
                .json();
        assertThat(shown.get("stateLabel").asString()).isEqualTo("待公开");
        assertThat(shown.get("decisions").size()).isZero();
        assertThat(shown.get("contactPhone").isNull()).isTrue();
        assertThat(shown.get("trackingCode").isNull()).isTrue();
        assertThat(shown.toString()).doesNotContain("1390731");
        JsonNode listed = visitor()
                .get("/api/public/consultation/matters?keyword=" + q("老旧小区雨天积水严重"))
                .expectStatus(200)
                .json();
        assertThat(listed.get("items").get(0).get("actionsTotal").asInt()).isZero();
        JsonNode staffView = staff("lly01")
                .get("/api/consultation/matters/" + decided)
                .expectStatus(200)
                .json();
        assertThat(staffView.get("decisions").size()).isEqualTo(1);
        assertThat(staffView.get("contactPhone").asString()).startsWith("1390731");
        assertThat(staffView.get("actions").toString()).contains("PUBLISH");

        long closed =
                jdbc.queryForObject("SELECT id FROM consultation_matter WHERE title = '天剑社区公共厕所年久失修'", Long.class);
        JsonNode done = visitor()
                .get("/api/public/consultation/matters/" + closed)
                .expectStatus(200)
                .json();
        // The raiser (with the tracking code) and a member count; the neighbour without a code is shown apart.
        assertThat(done.get("evaluation").get("total").asInt()).isEqualTo(2);
        assertThat(done.get("evaluation").get("unverified").get("total").asInt())
                .isEqualTo(1);
        assertThat(done.get("evaluation").get("ratings").toString())
                .contains("139****")
                .doesNotContain("1390731");
        assertThat(done.get("history")
                        .valueStream()
                        .filter(h -> h.get("action").asString().equals("RAISE"))
                        .map(h -> h.get("actorName").asString()))
                .containsExactly("群众");
    }
}
