package org.cppcc.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.underReview;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cppcc.platform.proposal.ProposalJourney;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The statistics board against a count written apart from its SQL: plain rows of the raw tables, counted in Java by
 * docs/statistics.md's definitions. The data are the demo's plus proposals taken here through every path that moves
 * a figure (replied and evaluated, re-handled, refused, merged), so each figure has something to count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsBoardTest extends IntegrationTest {

    private ApiClient office;
    private long satisfiedId;
    private long rehandledId;
    private long refusedId;

    @BeforeAll
    void proposalsThroughEveryPath() {
        office = loginAs("tab01");
        ProposalJourney satisfied = journey("wy036", "wy037").jointUnderReview(title("统计满意"));
        satisfied.registeredAndAssigned().signed().contacted().opinionSent().replied("A");
        satisfied.evaluated("SATISFIED", "BASICALLY_SATISFIED").closedAndPublished();
        satisfiedId = satisfied.id;

        ProposalJourney rehandled = journey("wy038", "wy039").jointUnderReview(title("统计重办"));
        rehandled.registeredAndAssigned().signed().opinionSent().replied("C");
        rehandled
                .evaluated("UNSATISFIED", "SATISFIED")
                .rehandled()
                .contacted()
                .opinionSent()
                .replied("B");
        rehandled.evaluated("BASICALLY_SATISFIED", "SATISFIED");
        rehandledId = rehandled.id;

        ApiClient member = loginAs("wy040");
        refusedId = underReview(member, title("统计不予立案"));
        office.post(
                        "/api/proposals/" + refusedId + "/review",
                        Map.of("outcome", "REFUSE", "refusalReason", "OUT_OF_SCOPE", "comment", "不属于政协履职范围"))
                .expectStatus(200);
        long merged = underReview(member, title("统计并案"));
        office.post("/api/proposals/" + merged + "/review", Map.of("outcome", "MERGE", "mergeIntoId", satisfiedId))
                .expectStatus(200);
    }

    @Test
    void everyTotalMatchesAnIndependentCount() {
        JsonNode board =
                office.get("/api/statistics/proposals").expectStatus(200).json();
        Raw raw = Raw.read(this);
        Map<String, Long> expected = raw.proposalTotals(null);
        JsonNode totals = board.get("totals");
        expected.forEach((figure, count) ->
                assertThat(totals.get(figure).asLong()).as(figure).isEqualTo(count));
        assertThat(expected.get("registered")).isPositive();
        assertThat(expected.get("rehandled")).isPositive();
        assertThat(expected.get("refused")).isPositive();
        assertThat(expected.get("merged")).isPositive();
        assertThat(totals.get("replyRate").asDouble())
                .isEqualTo(Math.round(expected.get("replied") * 1000.0 / expected.get("registered")) / 10.0);
    }

    @Test
    void everyUnitRowMatchesAnIndependentCount() {
        JsonNode board =
                office.get("/api/statistics/proposals").expectStatus(200).json();
        Map<String, Map<String, Long>> expected = Raw.read(this).unitRows(null);
        Map<String, JsonNode> actual = new TreeMap<>();
        board.get("units")
                .forEach(u -> actual.put(
                        u.get("unitId").asLong() + "/" + u.get("role").asString(), u));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        String fgjLead = unitId(jdbc, "FGJ") + "/LEAD";
        assertThat(expected.get(fgjLead).get("rehandled")).isPositive();
        assertThat(expected.get(unitId(jdbc, "JYJ") + "/ASSISTING").get("signed"))
                .isPositive();
        expected.forEach((key, figures) -> figures.forEach(
                (figure, count) -> assertThat(actual.get(key).get(figure).asLong())
                        .as(key + " " + figure)
                        .isEqualTo(count)));
    }

    @Test
    void aCategoryRowAndItsListAgree() {
        JsonNode board =
                office.get("/api/statistics/proposals").expectStatus(200).json();
        JsonNode society = null;
        for (JsonNode row : board.get("categories")) {
            if (row.get("keyText").asString().equals("SOCIETY")) {
                society = row;
            }
        }
        assertThat(society).isNotNull();
        for (String figure : List.of("REPLIED", "REHANDLED", "SATISFIED", "EVALUATED", "REGISTERED")) {
            JsonNode list = office.get("/api/statistics/proposals/list?figure=" + figure
                            + "&dimension=CATEGORY&keyText=SOCIETY&size=100")
                    .expectStatus(200)
                    .json();
            String field = figure.toLowerCase();
            assertThat(list.get("total").asLong())
                    .as(figure)
                    .isEqualTo(society.get(field).asLong());
        }
        assertThat(ids("/api/statistics/proposals/list?figure=REHANDLED&size=100"))
                .contains(rehandledId);
        assertThat(ids("/api/statistics/proposals/list?figure=SATISFIED&size=100"))
                .contains(satisfiedId, rehandledId);
        assertThat(ids("/api/statistics/proposals/list?figure=REFUSED&size=100"))
                .contains(refusedId);
        assertThat(ids("/api/statistics/proposals/list?figure=CLASS_A&size=100"))
                .contains(satisfiedId);
        assertThat(ids("/api/statistics/proposals/list?figure=CLASS_B&size=100"))
                .contains(rehandledId);
        long fgj = unitId(jdbc, "FGJ");
        assertThat(ids("/api/statistics/proposals/list?figure=UNIT_CONTACTED&unitId=" + fgj + "&role=LEAD&size=100"))
                .contains(satisfiedId)
                .doesNotContain(rehandledId);
    }

    @Test
    void aPeriodWithNothingInItCountsNothing() {
        JsonNode totals = office.get("/api/statistics/proposals?from=2001-01-01&to=2001-12-31")
                .expectStatus(200)
                .json()
                .get("totals");
        assertThat(totals.get("submitted").asLong()).isZero();
        assertThat(totals.get("replyRate").isNull()).isTrue();
    }

    @Test
    void aUnitSeesOnlyItsOwnFigures() {
        ApiClient jyj = loginAs("jyj");
        long own = unitId(jdbc, "JYJ");
        long other = unitId(jdbc, "FGJ");
        JsonNode board = jyj.get("/api/statistics/proposals").expectStatus(200).json();
        assertThat(board.get("scope").get("unitId").asLong()).isEqualTo(own);
        assertThat(board.get("units")).isNotEmpty();
        board.get("units").forEach(u -> assertThat(u.get("unitId").asLong()).isEqualTo(own));
        Map<String, Long> expected = Raw.read(this).proposalTotals(own);
        expected.forEach((figure, count) ->
                assertThat(board.get("totals").get(figure).asLong()).as(figure).isEqualTo(count));

        assertThat(jyj.get("/api/statistics/proposals?unitId=" + other)
                        .expectStatus(403)
                        .code())
                .isEqualTo("FORBIDDEN");
        jyj.get("/api/statistics/proposals/list?figure=ASSIGNED&role=LEAD&unitId=" + other)
                .expectStatus(403);
        jyj.get("/api/statistics/matters").expectStatus(403);
        assertThat(jyj.get("/api/statistics/proposals/list?figure=REGISTERED&size=100")
                        .expectStatus(200)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(expected.get("registered"));
    }

    @Test
    void badFiltersAreRefusedNamingTheField() {
        ApiClient.Response badFigure = office.get("/api/statistics/proposals/list?figure=NOPE");
        assertThat(badFigure.status()).isEqualTo(400);
        ApiClient.Response backwards = office.get("/api/statistics/proposals?from=2026-02-01&to=2026-01-01")
                .expectStatus(400);
        assertThat(backwards.fields()).contains("from");
        assertThat(office.get("/api/statistics/proposals/list?figure=SIGNED")
                        .expectStatus(400)
                        .fields())
                .contains("unitId");
        assertThat(office.get("/api/statistics/proposals/list")
                        .expectStatus(400)
                        .fields())
                .contains("figure");
        assertThat(office.get("/api/statistics/matters/list").expectStatus(400).fields())
                .contains("figure");
    }

    @Test
    void theMatterBoardCoversEveryWorkstation() {
        JsonNode board = office.get("/api/statistics/matters").expectStatus(200).json();
        long stations = jdbc.queryForObject("SELECT COUNT(*) FROM workstation WHERE enabled = TRUE", Long.class);
        assertThat(board.get("stations")).hasSize((int) stations);
        assertThat(board.get("coverage").get("places").asLong()).isEqualTo(stations);
        long raised = jdbc.queryForObject(
                "SELECT COUNT(*) FROM consultation_matter m JOIN workstation w "
                        + "ON w.id = m.workstation_id WHERE w.enabled = TRUE",
                Long.class);
        assertThat(board.get("totals").get("raised").asLong()).isEqualTo(raised);
        long withoutMatter = jdbc.queryForObject(
                "SELECT COUNT(*) FROM workstation w WHERE w.enabled = TRUE AND NOT "
                        + "EXISTS (SELECT 1 FROM consultation_matter m WHERE m.workstation_id = w.id)",
                Long.class);
        assertThat(board.get("coverage").get("withoutMatter").asLong()).isEqualTo(withoutMatter);
        JsonNode list = office.get("/api/statistics/matters/list?figure=RAISED&size=5")
                .expectStatus(200)
                .json();
        assertThat(list.get("total").asLong()).isGreaterThanOrEqualTo(raised);
    }

    @Test
    void thePublicBoardShowsRegisteredProposalsOnly() {
        JsonNode board = anonymous()
                .get("/api/public/statistics/proposals")
                .expectStatus(200)
                .json();
        Map<String, Long> expected = Raw.read(this).proposalTotals(null);
        assertThat(board.get("totals").get("registered").asLong()).isEqualTo(expected.get("registered"));
        assertThat(board.get("totals").get("replied").asLong()).isEqualTo(expected.get("replied"));
        assertThat(board.get("totals").has("refused")).isFalse();
        assertThat(board.has("units")).isFalse();
    }

    private Set<Long> ids(String path) {
        Set<Long> ids = new HashSet<>();
        office.get(path)
                .expectStatus(200)
                .json()
                .get("items")
                .forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private ProposalJourney journey(String lead, String cosigner) {
        return new ProposalJourney(
                jdbc,
                loginAs(lead),
                cosigner,
                loginAs(cosigner),
                office,
                loginAs("fgj"),
                loginAs("jyj"),
                loginAs("fgjld"));
    }

    /** The raw rows, and the figures counted from them in Java. */
    record Raw(List<P> proposals, List<A> assignments, List<R> replies, List<E> evaluations, List<C> contacts) {

        record P(long id, String state, boolean registered, int round, boolean submitted) {}

        record A(
                long id,
                long proposalId,
                long unitId,
                String role,
                String status,
                int round,
                Timestamp signedAt,
                Date signDue,
                Date contactDue,
                Date replyDue) {}

        record R(long proposalId, long assignmentId, int round, String status, String cls, Timestamp sentAt) {}

        record E(long proposalId, int round, String result) {}

        record C(long proposalId, long assignmentId, Date day) {}

        static Raw read(StatisticsBoardTest test) {
            var jdbc = test.jdbc;
            return new Raw(
                    jdbc.query(
                            "SELECT id, state, registered_at, handling_round, submitted_at FROM proposal",
                            (rs, i) -> new P(
                                    rs.getLong("id"),
                                    rs.getString("state"),
                                    rs.getTimestamp("registered_at") != null,
                                    rs.getInt("handling_round"),
                                    rs.getTimestamp("submitted_at") != null)),
                    jdbc.query(
                            "SELECT * FROM proposal_assignment",
                            (rs, i) -> new A(
                                    rs.getLong("id"),
                                    rs.getLong("proposal_id"),
                                    rs.getLong("unit_id"),
                                    rs.getString("unit_role"),
                                    rs.getString("status"),
                                    rs.getInt("handling_round"),
                                    rs.getTimestamp("signed_at"),
                                    rs.getDate("sign_due_date"),
                                    rs.getDate("contact_due_date"),
                                    rs.getDate("reply_due_date"))),
                    jdbc.query(
                            "SELECT * FROM proposal_reply",
                            (rs, i) -> new R(
                                    rs.getLong("proposal_id"),
                                    rs.getLong("assignment_id"),
                                    rs.getInt("handling_round"),
                                    rs.getString("status"),
                                    rs.getString("final_class") != null
                                            ? rs.getString("final_class")
                                            : rs.getString("reply_class"),
                                    rs.getTimestamp("sent_at"))),
                    jdbc.query(
                            "SELECT proposal_id, handling_round, result FROM proposal_evaluation",
                            (rs, i) -> new E(rs.getLong("proposal_id"), rs.getInt("handling_round"), rs.getString(3))),
                    jdbc.query(
                            "SELECT proposal_id, assignment_id, contact_date FROM proposal_contact",
                            (rs, i) -> new C(rs.getLong(1), rs.getLong(2), rs.getDate(3))));
        }

        /** The proposals of one unit's round-1 assignments that were not returned, or all when null. */
        private boolean inScope(P p, Long unitId) {
            return p.submitted()
                    && (unitId == null
                            || assignments.stream()
                                    .anyMatch(a -> a.proposalId() == p.id()
                                            && a.unitId() == unitId
                                            && a.round() == 1
                                            && !a.status().equals("RETURNED")));
        }

        private static final Set<String> REPLIED = Set.of("AWAITING_EVALUATION", "REHANDLING", "CLOSED", "PUBLISHED");

        Map<String, Long> proposalTotals(Long unitId) {
            Map<String, Long> n = new TreeMap<>();
            for (String f : List.of(
                    "submitted",
                    "registered",
                    "refused",
                    "merged",
                    "converted",
                    "replied",
                    "contacted",
                    "evaluated",
                    "satisfied",
                    "classA",
                    "classB",
                    "classC",
                    "rehandled")) {
                n.put(f, 0L);
            }
            for (P p : proposals) {
                if (!inScope(p, unitId)) {
                    continue;
                }
                n.merge("submitted", 1L, Long::sum);
                switch (p.state()) {
                    case "REFUSED" -> n.merge("refused", 1L, Long::sum);
                    case "MERGED" -> n.merge("merged", 1L, Long::sum);
                    case "CONVERTED" -> n.merge("converted", 1L, Long::sum);
                    default -> {}
                }
                if (!p.registered()) {
                    continue;
                }
                n.merge("registered", 1L, Long::sum);
                if (REPLIED.contains(p.state()) || p.round() > 1) {
                    n.merge("replied", 1L, Long::sum);
                }
                if (p.round() > 1) {
                    n.merge("rehandled", 1L, Long::sum);
                }
                if (contacts.stream().anyMatch(c -> c.proposalId() == p.id())) {
                    n.merge("contacted", 1L, Long::sum);
                }
                List<E> forms = evaluations.stream()
                        .filter(e -> e.proposalId() == p.id() && e.round() == p.round())
                        .toList();
                if (!forms.isEmpty()) {
                    n.merge("evaluated", 1L, Long::sum);
                    if (forms.stream().noneMatch(e -> e.result().equals("UNSATISFIED"))) {
                        n.merge("satisfied", 1L, Long::sum);
                    }
                }
                replies.stream()
                        .filter(r -> r.proposalId() == p.id()
                                && r.round() == p.round()
                                && r.status().equals("SENT"))
                        .map(R::cls)
                        .sorted()
                        .findFirst()
                        .ifPresent(cls -> n.merge("class" + cls, 1L, Long::sum));
            }
            return n;
        }

        Map<String, Map<String, Long>> unitRows(Long unitId) {
            Map<Long, P> byId = new HashMap<>();
            proposals.forEach(p -> byId.put(p.id(), p));
            Map<String, Map<String, Long>> rows = new TreeMap<>();
            for (A a : assignments) {
                P p = byId.get(a.proposalId());
                if (a.round() != 1
                        || a.status().equals("RETURNED")
                        || !p.registered()
                        || !inScope(p, unitId)
                        || (unitId != null && a.unitId() != unitId)) {
                    continue;
                }
                Map<String, Long> n = rows.computeIfAbsent(a.unitId() + "/" + a.role(), k -> new TreeMap<>());
                count(n, "assigned", true);
                count(n, "signed", a.signedAt() != null);
                count(
                        n,
                        "signedOnTime",
                        a.signedAt() != null
                                && a.signDue() != null
                                && !a.signedAt()
                                        .toLocalDateTime()
                                        .toLocalDate()
                                        .isAfter(a.signDue().toLocalDate()));
                LocalDate firstContact = contacts.stream()
                        .filter(c -> c.assignmentId() == a.id())
                        .map(c -> c.day().toLocalDate())
                        .min(LocalDate::compareTo)
                        .orElse(null);
                count(n, "contacted", firstContact != null);
                count(
                        n,
                        "contactedOnTime",
                        firstContact != null
                                && a.contactDue() != null
                                && !firstContact.isAfter(a.contactDue().toLocalDate()));
                R reply = replies.stream()
                        .filter(r -> r.assignmentId() == a.id() && r.status().equals("SENT"))
                        .findFirst()
                        .orElse(null);
                count(n, "replied", reply != null);
                count(
                        n,
                        "repliedOnTime",
                        reply != null
                                && a.replyDue() != null
                                && !reply.sentAt()
                                        .toLocalDateTime()
                                        .toLocalDate()
                                        .isAfter(a.replyDue().toLocalDate()));
                String cls = replies.stream()
                        .filter(r -> r.status().equals("SENT") && r.round() == p.round())
                        .filter(r -> assignments.stream()
                                .anyMatch(x -> x.id() == r.assignmentId()
                                        && x.unitId() == a.unitId()
                                        && x.proposalId() == a.proposalId()))
                        .map(R::cls)
                        .sorted()
                        .findFirst()
                        .orElse("");
                count(n, "classA", cls.equals("A"));
                count(n, "classB", cls.equals("B"));
                count(n, "classC", cls.equals("C"));
                List<E> forms = evaluations.stream()
                        .filter(e -> e.proposalId() == p.id() && e.round() == p.round())
                        .toList();
                count(n, "evaluated", !forms.isEmpty());
                count(
                        n,
                        "satisfied",
                        !forms.isEmpty()
                                && forms.stream().noneMatch(e -> e.result().equals("UNSATISFIED")));
                count(n, "rehandled", p.round() > 1);
            }
            return rows;
        }

        private static void count(Map<String, Long> n, String figure, boolean yes) {
            n.merge(figure, yes ? 1L : 0L, Long::sum);
        }
    }
}
