package org.cppcc.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cppcc.platform.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who may call what: every endpoint of the module against every role and the anonymous visitor (the URL
 * rules), then the rules about whose matter, workstation and action (the commands' and queries' checks).
 */
class ConsultationAuthorizationTest extends ConsultationTestBase {

    /** One demo login per role; null is the anonymous visitor. */
    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("ANONYMOUS", null);
        ROLES.put("RESIDENT", "jm01");
        ROLES.put("MEMBER", "wy001");
        ROLES.put("WORKSTATION_LIAISON", "lly01");
        ROLES.put("HANDLING_UNIT", "zjj");
        ROLES.put("PROPOSAL_OFFICE", "tab01");
        ROLES.put("LEADER", "ld01");
        ROLES.put("ADMIN", "admin");
    }

    private static final Set<String> EVERYONE = ROLES.keySet();
    private static final Set<String> VIEWERS =
            Set.of("RESIDENT", "MEMBER", "WORKSTATION_LIAISON", "HANDLING_UNIT", "PROPOSAL_OFFICE", "LEADER");

    record Call(String method, String path, Object body, Set<String> allowed) {}

    private long matter;
    private long meeting;
    private long action;
    private long photo;
    private long qingshi;

    @BeforeEach
    void demoTargets() {
        qingshi = workstationId(QINGSHI);
        matter = jdbc.queryForObject("SELECT id FROM consultation_matter WHERE title = '大托新村村口早晚高峰交通拥堵'", Long.class);
        meeting =
                jdbc.queryForObject("SELECT MIN(id) FROM consultation_meeting WHERE matter_id = ?", Long.class, matter);
        action = jdbc.queryForObject("SELECT MIN(id) FROM consultation_action WHERE matter_id = ?", Long.class, matter);
        photo = jdbc.queryForObject("SELECT MIN(id) FROM consultation_photo WHERE matter_id = ?", Long.class, matter);
    }

    private List<Call> calls() {
        Map<String, Object> empty = Map.of();
        String m = "/api/consultation/matters/" + matter;
        return List.of(
                new Call("GET", "/api/public/consultation/district", null, EVERYONE),
                new Call("GET", "/api/public/consultation/workstations", null, EVERYONE),
                new Call("GET", "/api/public/consultation/workstations/" + qingshi, null, EVERYONE),
                new Call("GET", "/api/public/consultation/matters", null, EVERYONE),
                new Call("GET", "/api/public/consultation/matters/" + matter, null, EVERYONE),
                new Call("GET", "/api/public/consultation/photos/" + photo, null, EVERYONE),
                new Call("POST", "/api/public/consultation/matters", empty, EVERYONE),
                new Call("POST", "/api/public/consultation/track", empty, EVERYONE),
                new Call("POST", "/api/public/consultation/matters/" + matter + "/evaluations", empty, EVERYONE),
                new Call("GET", "/api/consultation/workbench", null, Set.of("MEMBER", "WORKSTATION_LIAISON")),
                new Call("GET", "/api/consultation/statistics", null, Set.of("PROPOSAL_OFFICE", "LEADER")),
                new Call("GET", "/api/consultation/matters", null, VIEWERS),
                new Call("GET", m, null, VIEWERS),
                new Call("GET", m + "/diagram", null, VIEWERS),
                new Call("GET", "/api/consultation/photos/" + photo, null, VIEWERS),
                new Call("POST", "/api/consultation/matters", empty, Set.of("MEMBER", "WORKSTATION_LIAISON")),
                new Call("POST", m + "/triage", empty, Set.of("MEMBER", "WORKSTATION_LIAISON")),
                new Call("POST", m + "/meetings", empty, Set.of("WORKSTATION_LIAISON")),
                new Call(
                        "POST",
                        "/api/consultation/meetings/" + meeting + "/minutes",
                        empty,
                        Set.of("WORKSTATION_LIAISON")),
                new Call("POST", m + "/decision", empty, Set.of("WORKSTATION_LIAISON")),
                new Call("POST", "/api/consultation/matters/999999/publish", null, Set.of("WORKSTATION_LIAISON")),
                new Call("POST", m + "/conclusion", empty, Set.of("WORKSTATION_LIAISON")),
                new Call("POST", m + "/evaluations", empty, Set.of("MEMBER")),
                new Call("GET", "/api/consultation/actions", null, Set.of("HANDLING_UNIT")),
                new Call("POST", "/api/consultation/actions/" + action + "/progress", empty, Set.of("HANDLING_UNIT")),
                new Call("GET", "/api/consultation/my-duties", null, Set.of("MEMBER")),
                new Call(
                        "GET",
                        "/api/consultation/workstations/" + qingshi + "/roster",
                        null,
                        Set.of("MEMBER", "WORKSTATION_LIAISON", "ADMIN", "PROPOSAL_OFFICE", "LEADER")),
                new Call(
                        "GET",
                        "/api/consultation/workstations/" + qingshi + "/members",
                        null,
                        Set.of("MEMBER", "WORKSTATION_LIAISON", "ADMIN", "PROPOSAL_OFFICE", "LEADER")),
                new Call(
                        "POST",
                        "/api/consultation/workstations/" + qingshi + "/roster",
                        empty,
                        Set.of("WORKSTATION_LIAISON", "ADMIN")),
                new Call("DELETE", "/api/consultation/roster/999999", null, Set.of("WORKSTATION_LIAISON", "ADMIN")));
    }

    /**
     * Allowed: the request passes the URL rules (whatever the command then answers). Refused: 401 or 403, nothing
     * else.
     */
    @Test
    void everyEndpointAgainstEveryRole() {
        Map<String, ApiClient> clients = new LinkedHashMap<>();
        ROLES.forEach((role, user) -> clients.put(role, user == null ? anonymous() : loginAs(user)));
        List<String> wrong = new ArrayList<>();
        long matters = count("consultation_matter");
        long history = count("consultation_history");
        for (Call call : calls()) {
            for (Map.Entry<String, ApiClient> client : clients.entrySet()) {
                String role = client.getKey();
                int status = client.getValue()
                        .send(call.method(), call.path(), call.body())
                        .status();
                boolean allowed = call.allowed().contains(role);
                int refusal = role.equals("ANONYMOUS") ? 401 : 403;
                if (allowed ? status == 401 || status == 403 : status != refusal) {
                    wrong.add(call.method() + " " + call.path() + " as " + role + ": " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(count("consultation_matter")).isEqualTo(matters);
        assertThat(count("consultation_history")).isEqualTo(history);
    }

    @Test
    void staffOfOneWorkstationCannotActOnAnothersMatters() {
        long id = raisedMatter(QINGSHI, "越权校验：青石的事项");
        ApiClient otherLiaison = staff("lly02");
        ApiClient otherMember = staff("wy002");
        long history = historyCount(id);
        otherMember
                .post("/api/consultation/matters/" + id + "/triage", Map.of("outcome", "CONSULT"))
                .expectStatus(403);
        otherLiaison
                .post("/api/consultation/matters/" + id + "/triage", Map.of("outcome", "CONSULT"))
                .expectStatus(403);
        otherMember.get("/api/consultation/matters/" + id).expectStatus(404);
        assertThat(otherLiaison
                        .get("/api/consultation/workbench")
                        .expectStatus(200)
                        .body())
                .doesNotContain("越权校验");
        assertThat(state(id)).isEqualTo("RAISED");

        toDeliberating(id, staff("lly01"));
        otherLiaison
                .post("/api/consultation/matters/" + id + "/meetings", meeting(memberId("wy001"), unitId("zjj")))
                .expectStatus(403);
        long meetingId = toDeciding(id, staff("lly01"));
        otherLiaison
                .post(
                        "/api/consultation/matters/" + id + "/decision",
                        Map.of(
                                "summary",
                                "越权",
                                "actions",
                                List.of(Map.of("content", "措施", "unitId", unitId("cgj"), "workingDays", 5))))
                .expectStatus(403);
        List<Long> actions = toDecided(id, staff("lly01"), "zjj", "cgj");
        otherLiaison.post("/api/consultation/matters/" + id + "/publish", null).expectStatus(403);
        staff("wy001")
                .post("/api/consultation/matters/" + id + "/publish", null)
                .expectStatus(403);
        assertThat(state(id)).isEqualTo("DECIDED");
        assertThat(meetingId).isPositive();
        staff("lly01")
                .post("/api/consultation/matters/" + id + "/publish", null)
                .expectStatus(200);

        // A unit reports only on its own action, and sees the matter without the resident's contact.
        ApiClient cgj = staff("cgj");
        ApiClient.Response notTheirs = cgj.post(
                        "/api/consultation/actions/" + actions.get(0) + "/progress",
                        Map.of("percent", 100, "note", "越权报告"))
                .expectStatus(403);
        assertThat(notTheirs.detail()).isEqualTo("只能报告本单位负责的办理措施");
        assertThat(jdbc.queryForObject(
                        "SELECT progress_percent FROM consultation_action WHERE id = ?", Integer.class, actions.get(0)))
                .isZero();
        JsonNode seenByUnit =
                cgj.get("/api/consultation/matters/" + id).expectStatus(200).json();
        assertThat(seenByUnit.get("contactPhone").isNull()).isTrue();
        assertThat(seenByUnit.get("trackingCode").isNull()).isTrue();
        assertThat(seenByUnit.get("actions").toString())
                .contains("REPORT_PROGRESS")
                .contains(String.valueOf(actions.get(1)))
                .doesNotContain("\"targetId\":" + actions.get(0) + "}");
        staff("fgj").get("/api/consultation/matters/" + id).expectStatus(404);
    }

    @Test
    void aResidentSeesOnlyTheirOwnMatters() {
        ApiClient jm01 = staff("jm01");
        long someoneElses = raisedMatter(QINGSHI, "别人的事项");
        JsonNode mine =
                jm01.get("/api/consultation/matters?size=100").expectStatus(200).json();
        List<Long> ids =
                mine.get("items").valueStream().map(m -> m.get("id").asLong()).toList();
        assertThat(ids).isNotEmpty().doesNotContain(someoneElses);
        for (long id : ids) {
            assertThat(jdbc.queryForObject(
                            "SELECT raiser_account_id FROM consultation_matter WHERE id = ?", Long.class, id))
                    .isEqualTo(jdbc.queryForObject("SELECT id FROM app_account WHERE username = 'jm01'", Long.class));
        }
        jm01.get("/api/consultation/matters/" + someoneElses).expectStatus(404);
    }

    @Test
    void theOfficeAndLeadersSeeTheCountsPerWorkstation() {
        for (String user : List.of("tab01", "ld01")) {
            JsonNode statistics = staff(user)
                    .get("/api/consultation/statistics")
                    .expectStatus(200)
                    .json();
            JsonNode qingshiRow = statistics
                    .get("workstations")
                    .valueStream()
                    .filter(r -> r.get("workstationName").asString().equals(QINGSHI))
                    .findFirst()
                    .orElseThrow();
            assertThat(qingshiRow.get("raised").asLong()).isGreaterThanOrEqualTo(14);
            assertThat(qingshiRow.get("consulted").asLong()).isGreaterThanOrEqualTo(8);
            assertThat(qingshiRow.get("solved").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(qingshiRow.get("satisfactionRate").asDouble()).isBetween(0.0, 100.0);
            assertThat(statistics.get("totals").get("raised").asLong())
                    .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM consultation_matter", Long.class));
        }
    }
}
