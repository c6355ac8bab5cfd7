package org.cppcc.platform.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.accountId;
import static org.cppcc.platform.proposal.ProposalFixtures.memberId;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.appraisal.events.ProposalAwarded;
import org.cppcc.platform.proposal.ProposalJourney;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * 办理质量考核 and 优秀提案 over HTTP: the ranking against the statistics board's unit counts scored by hand with the
 * saved rules, what a unit sees before and after publication, adjustments and model units with their history, and a
 * good-proposal round from nomination to the published list, the event and the proposers' notices.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppraisalTest extends IntegrationTest {

    private ApiClient office;
    private long proposalId;
    private int year;

    @BeforeAll
    void aHandledProposal() {
        office = loginAs("tab01");
        ProposalJourney journey = new ProposalJourney(
                        jdbc,
                        loginAs("wy031"),
                        "wy032",
                        loginAs("wy032"),
                        office,
                        loginAs("fgj"),
                        loginAs("jyj"),
                        loginAs("fgjld"))
                .jointUnderReview(title("考核评优"));
        journey.registeredAndAssigned().signed().contacted().opinionSent().replied("A");
        journey.evaluated("SATISFIED", "SATISFIED");
        proposalId = journey.id;
        year = jdbc.queryForObject("SELECT submitted_at FROM proposal WHERE id = ?", Timestamp.class, proposalId)
                .toLocalDateTime()
                .getYear();
    }

    @Test
    void theRankingIsTheSavedRulesAppliedToTheBoardsUnitCounts() {
        List<Map<String, Object>> items = List.of(
                Map.of("item", "SIGNED_ON_TIME", "points", 20),
                Map.of("item", "CONTACTED_ON_TIME", "points", 10),
                Map.of("item", "REPLIED_ON_TIME", "points", 30),
                Map.of("item", "SATISFACTION", "points", 40),
                Map.of("item", "REHANDLED", "points", 3, "cap", 9));
        JsonNode saved = office.put("/api/appraisal/rules/" + year, Map.of("items", items, "note", "测试细则"))
                .expectStatus(200)
                .json();
        int version = saved.get("version").asInt();
        assertThat(version).isPositive();
        assertThat(saved.get("versions").get(0).asInt()).isEqualTo(version);

        JsonNode board = office.get("/api/statistics/proposals?from=" + year + "-01-01&to=" + year + "-12-31")
                .expectStatus(200)
                .json();
        Map<Long, long[]> sums = new HashMap<>();
        board.get("units").forEach(u -> {
            long[] s = sums.computeIfAbsent(u.get("unitId").asLong(), k -> new long[7]);
            String[] fields = {
                "assigned", "signedOnTime", "contactedOnTime", "repliedOnTime", "evaluated", "satisfied", "rehandled"
            };
            for (int i = 0; i < fields.length; i++) {
                s[i] += u.get(fields[i]).asLong();
            }
        });
        Map<Long, BigDecimal> expected = new HashMap<>();
        sums.forEach((unit, s) -> {
            if (s[0] > 0) {
                BigDecimal score = rate(20, s[1], s[0])
                        .add(rate(10, s[2], s[0]))
                        .add(rate(30, s[3], s[0]))
                        .add(rate(40, s[5], s[4]))
                        .subtract(BigDecimal.valueOf(Math.min(9, 3 * s[6])));
                expected.put(unit, score);
            }
        });
        assertThat(expected).isNotEmpty();

        JsonNode ranking = office.get("/api/appraisal/ranking?year=" + year)
                .expectStatus(200)
                .json();
        assertThat(ranking.get("rulesVersion").asInt()).isEqualTo(version);
        Map<Long, BigDecimal> actual = new HashMap<>();
        BigDecimal previous = null;
        for (JsonNode row : ranking.get("rows")) {
            actual.put(row.get("unitId").asLong(), row.get("computed").decimalValue());
            BigDecimal total = row.get("total").decimalValue();
            assertThat(previous == null || previous.compareTo(total) >= 0)
                    .as("best first")
                    .isTrue();
            previous = total;
        }
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach(
                (unit, score) -> assertThat(actual.get(unit)).as("unit " + unit).isEqualByComparingTo(score));

        // both sides of FGJ's reply item open as the statistics lists behind them
        JsonNode reply = row(ranking, unitId(jdbc, "FGJ")).get("items").get(2);
        assertThat(reply.get("item").asString()).isEqualTo("REPLIED_ON_TIME");
        JsonNode lead = reply.get("evidence").get(0);
        String drill = "/api/statistics/proposals/list?from=" + year + "-01-01&to=" + year + "-12-31&unitId="
                + unitId(jdbc, "FGJ") + "&role=" + lead.get("role").asString() + "&figure=";
        assertThat(lead.get("denominator").asLong()).isPositive();
        assertThat(office.get(drill + lead.get("figure").asString())
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(lead.get("numerator").asLong());
        assertThat(office.get(drill + lead.get("overFigure").asString())
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(lead.get("denominator").asLong());

        assertThat(texts(office.get("/api/appraisal/years/" + year + "/history"), "detail"))
                .anyMatch(d -> d.startsWith("考核细则第" + version + "版：按时签收 20分"));
    }

    @Test
    void aUnitSeesOnlyItselfUntilTheRankingIsPublished() {
        long jyj = unitId(jdbc, "JYJ");
        ApiClient unit = loginAs("jyj");
        JsonNode own = unit.get("/api/appraisal/ranking?year=" + year)
                .expectStatus(200)
                .json();
        assertThat(own.get("published").asBoolean()).isFalse();
        assertThat(own.get("rows")).hasSize(1);
        assertThat(own.get("rows").get(0).get("unitId").asLong()).isEqualTo(jyj);
        assertThat(own.get("unitsRanked").asInt()).isGreaterThan(1);

        Response noReason =
                office.post("/api/appraisal/ranking/" + year + "/adjustments", Map.of("unitId", jyj, "points", 2));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fields()).contains("reason");
        assertThat(noReason.body()).contains("请填写调整理由");
        JsonNode adjusted = office.post(
                        "/api/appraisal/ranking/" + year + "/adjustments",
                        Map.of("unitId", jyj, "points", 2.5, "reason", "主动走访委员"))
                .expectStatus(200)
                .json();
        JsonNode row = row(adjusted, jyj);
        assertThat(row.get("total").decimalValue())
                .isEqualByComparingTo(row.get("computed")
                        .decimalValue()
                        .add(row.get("adjustment").decimalValue()));
        assertThat(row.get("adjustments")
                        .get(row.get("adjustments").size() - 1)
                        .get("reason")
                        .asString())
                .isEqualTo("主动走访委员");

        // model units only from the ranking; unpublished, the public page shows none of the year
        Response notRanked = office.put(
                "/api/appraisal/model-units/" + year,
                Map.of("unitIds", List.of(999_999), "decidedOn", year + "-01-01"));
        assertThat(notRanked.status()).isEqualTo(400);
        assertThat(notRanked.fields()).contains("unitIds");
        office.put(
                        "/api/appraisal/model-units/" + year,
                        Map.of("unitIds", List.of(jyj), "decidedOn", year + "-01-01", "note", "党组会议审定"))
                .expectStatus(200);
        assertThat(anonymous().get("/api/public/appraisal/model-units").json().toString())
                .doesNotContain("\"year\":" + year);

        office.post("/api/appraisal/ranking/" + year + "/publish", null).expectStatus(200);
        assertThat(office.post("/api/appraisal/ranking/" + year + "/publish", null)
                        .status())
                .isEqualTo(409);
        JsonNode all = unit.get("/api/appraisal/ranking?year=" + year)
                .expectStatus(200)
                .json();
        assertThat(all.get("published").asBoolean()).isTrue();
        assertThat(all.get("rows").size()).isEqualTo(all.get("unitsRanked").asInt());

        office.post("/api/appraisal/model-units/" + year + "/publish", null).expectStatus(200);
        assertThat(anonymous().get("/api/public/appraisal/model-units").json().toString())
                .contains("区教育局");
        assertThat(office.put(
                                "/api/appraisal/model-units/" + year,
                                Map.of("unitIds", List.of(jyj), "decidedOn", year + "-01-01"))
                        .status())
                .isEqualTo(409);

        List<String> acts = texts(office.get("/api/appraisal/years/" + year + "/history"), "act");
        assertThat(acts).contains("ADJUSTMENT", "MODEL_UNITS", "RANKING_PUBLISHED", "MODEL_UNITS_PUBLISHED");
        assertThat(texts(office.get("/api/appraisal/years/" + year + "/history"), "actorName"))
                .isNotEmpty()
                .doesNotContainNull();
    }

    @Test
    void aGoodProposalGoesFromNominationToThePublishedList() {
        long round = office.post("/api/appraisal/rounds", Map.of("year", year, "name", "测试优秀提案评选"))
                .expectStatus(200)
                .json()
                .get("id")
                .asLong();
        String nominations = "/api/appraisal/rounds/" + round + "/nominations";

        Response own = loginAs("wy031").post(nominations, Map.of("proposalId", proposalId, "reason", "自荐"));
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.body()).contains("委员不能推荐本人提出或联名的提案");
        ApiClient unit = loginAs("jyj");
        unit.post(nominations, Map.of("proposalId", proposalId, "reason", "建议切实可行，已落实"))
                .expectStatus(200);
        Response again = office.post(nominations, Map.of("proposalId", proposalId, "reason", "重复"));
        assertThat(again.status()).isEqualTo(409);
        long other = jdbc.queryForObject(
                "SELECT MIN(p.id) FROM proposal p WHERE p.proposal_number IS NOT NULL"
                        + " AND p.state NOT IN ('REFUSED', 'CONVERTED', 'MERGED') AND p.id <> ?"
                        + " AND p.owner_account_id <> ? AND NOT EXISTS"
                        + " (SELECT 1 FROM proposal_cosigner c WHERE c.proposal_id = p.id AND c.member_id = ?)",
                Long.class,
                proposalId,
                accountId(jdbc, "wy003"),
                memberId(jdbc, "wy003"));
        ApiClient member = loginAs("wy003");
        member.post(nominations, Map.of("proposalId", other, "reason", "调研扎实")).expectStatus(200);
        // a member and a unit see only what they nominated
        assertThat(member.get("/api/appraisal/rounds/" + round).json().get("nominations"))
                .hasSize(1);
        assertThat(unit.get("/api/appraisal/rounds/" + round).json().get("nominations"))
                .hasSize(1);

        Response badReviewers = office.post(
                "/api/appraisal/rounds/" + round + "/review", Map.of("reviewerIds", List.of(accountId(jdbc, "wy003"))));
        assertThat(badReviewers.status()).isEqualTo(400);
        assertThat(badReviewers.fields()).contains("reviewerIds");
        office.post(
                        "/api/appraisal/rounds/" + round + "/review",
                        Map.of("reviewerIds", List.of(accountId(jdbc, "tab01"), accountId(jdbc, "ld01"))))
                .expectStatus(200);
        assertThat(member.post(nominations, Map.of("proposalId", proposalId, "reason", "迟到"))
                        .status())
                .isEqualTo(409);

        JsonNode view = office.get("/api/appraisal/rounds/" + round).json();
        long ours = nominationOf(view, proposalId);
        long theirs = nominationOf(view, other);
        ApiClient leader = loginAs("ld01");
        Response tooHigh = leader.put("/api/appraisal/nominations/" + ours + "/review", Map.of("score", 120));
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.fields()).contains("score");
        assertThat(tooHigh.body()).contains("评分应在0到100之间");
        leader.put("/api/appraisal/nominations/" + ours + "/review", Map.of("score", 90, "comment", "质量高"))
                .expectStatus(200);
        office.put("/api/appraisal/nominations/" + ours + "/review", Map.of("score", 85))
                .expectStatus(200);
        office.put("/api/appraisal/nominations/" + ours + "/review", Map.of("score", 80))
                .expectStatus(200);
        assertThat(nominationNode(office.get("/api/appraisal/rounds/" + round).json(), ours)
                        .get("averageScore")
                        .asDouble())
                .isEqualTo(85.0);

        Response partial = office.post(
                "/api/appraisal/rounds/" + round + "/decision",
                Map.of(
                        "meetingDate",
                        year + "-01-01",
                        "meetingNote",
                        "主席会议审定",
                        "verdicts",
                        List.of(Map.of("nominationId", ours, "awarded", true))));
        assertThat(partial.status()).isEqualTo(400);
        assertThat(partial.fields()).contains("verdicts");
        office.post(
                        "/api/appraisal/rounds/" + round + "/decision",
                        Map.of(
                                "meetingDate",
                                year + "-01-01",
                                "meetingNote",
                                "主席会议审定",
                                "verdicts",
                                List.of(
                                        Map.of("nominationId", ours, "awarded", true),
                                        Map.of("nominationId", theirs, "awarded", false, "note", "另行表扬"))))
                .expectStatus(200);
        assertThat(nominationNode(member.get("/api/appraisal/rounds/" + round).json(), theirs)
                        .get("awarded")
                        .isNull())
                .as("a member learns the decision when it is published")
                .isTrue();
        assertThat(anonymous()
                        .get("/api/public/appraisal/proposals/" + proposalId + "/awards")
                        .json())
                .isEmpty();

        office.post("/api/appraisal/rounds/" + round + "/publish", null).expectStatus(200);
        assertThat(office.post("/api/appraisal/rounds/" + round + "/publish", null)
                        .status())
                .isEqualTo(409);
        JsonNode awards = anonymous()
                .get("/api/public/appraisal/proposals/" + proposalId + "/awards")
                .json();
        assertThat(awards).hasSize(1);
        assertThat(awards.get(0).get("year").asInt()).isEqualTo(year);
        assertThat(anonymous()
                        .get("/api/public/appraisal/awards?year=" + year)
                        .json()
                        .toString())
                .contains("\"proposalId\":" + proposalId)
                .doesNotContain("\"proposalId\":" + other + ",");

        ProposalAwarded event = events.all(ProposalAwarded.class, e -> e.proposalId() == proposalId)
                .get(0);
        assertThat(event.proposerMemberIds()).contains(memberId(jdbc, "wy031"), memberId(jdbc, "wy032"));
        assertThat(event.year()).isEqualTo(year);
        awaitEvents();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE category = 'AWARD' AND account_id = ? AND link = ?",
                        Long.class,
                        accountId(jdbc, "wy031"),
                        "/proposals/" + proposalId))
                .isEqualTo(1L);

        assertThat(texts(office.get("/api/appraisal/rounds/" + round + "/history"), "act"))
                .containsExactly(
                        "OPENED",
                        "NOMINATED",
                        "NOMINATED",
                        "REVIEW_STARTED",
                        "REVIEWED",
                        "REVIEWED",
                        "REVIEW_REVISED",
                        "DECIDED",
                        "PUBLISHED");
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedInChinese() {
        Response duplicate = office.put(
                "/api/appraisal/rules/" + year,
                Map.of(
                        "items",
                        List.of(
                                Map.of("item", "SATISFACTION", "points", 40),
                                Map.of("item", "SATISFACTION", "points", 30))));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.fields()).contains("items");
        assertThat(duplicate.body()).contains("重复");
        Response negative = office.put(
                "/api/appraisal/rules/" + year, Map.of("items", List.of(Map.of("item", "SATISFACTION", "points", -1))));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("分值不能小于0");
        Response capOnRate = office.put(
                "/api/appraisal/rules/" + year,
                Map.of("items", List.of(Map.of("item", "SATISFACTION", "points", 40, "cap", 5))));
        assertThat(capOnRate.status()).isEqualTo(400);
        assertThat(capOnRate.body()).contains("只有扣分项目可以设置扣分上限");
        Response badYear = office.get("/api/appraisal/ranking?year=1900");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.fields()).contains("year");
        Response noName = office.post("/api/appraisal/rounds", Map.of("year", year));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("请填写评选名称");
        assertThat(office.get("/api/appraisal/rounds/999999999").status()).isEqualTo(404);
    }

    private static BigDecimal rate(int points, long numerator, long denominator) {
        if (denominator == 0) {
            return BigDecimal.valueOf(points);
        }
        return BigDecimal.valueOf(points * numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    private static JsonNode row(JsonNode ranking, long unitId) {
        for (JsonNode row : ranking.get("rows")) {
            if (row.get("unitId").asLong() == unitId) {
                return row;
            }
        }
        throw new AssertionError("no row of unit " + unitId);
    }

    private static long nominationOf(JsonNode round, long proposalId) {
        for (JsonNode n : round.get("nominations")) {
            if (n.get("proposalId").asLong() == proposalId) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError("no nomination of " + proposalId);
    }

    private static JsonNode nominationNode(JsonNode round, long nominationId) {
        for (JsonNode n : round.get("nominations")) {
            if (n.get("id").asLong() == nominationId) {
                return n;
            }
        }
        throw new AssertionError("no nomination " + nominationId);
    }

    private static List<String> texts(Response response, String field) {
        List<String> texts = new ArrayList<>();
        response.expectStatus(200)
                .json()
                .forEach(h ->
                        texts.add(h.get(field).isNull() ? null : h.get(field).asString()));
        return texts;
    }
}
