package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.createDraft;
import static org.cppcc.platform.proposal.ProposalFixtures.individualForm;
import static org.cppcc.platform.proposal.ProposalFixtures.leadPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The authorisation matrix of the proposal API: for every endpoint and every role, the status. The first
 * table asks about ids that do not exist, so a role the URL rules let through gets past them (404, 400 or
 * 200) and a role they stop gets 403 (401 without login); nothing is written. The second asks about a real
 * assigned proposal: who may see it.
 */
class ProposalAuthorisationTest extends IntegrationTest {

    enum Who {
        ANONYMOUS(null),
        MEMBER("wy054"),
        OFFICE("tab02"),
        UNIT("jd1"),
        LEADER("ld02"),
        ADMIN("admin"),
        RESIDENT("jm01"),
        LIAISON("lly02");

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    private static final String FILE = "<file>";
    private static final long NO_PROPOSAL = 987654321L;
    private static final long NO_ASSIGNMENT = 987654322L;
    private static final long NO_ATTACHMENT = 987654323L;

    /** One endpoint: method, path, body and the expected status per role, in {@link Who}'s order. */
    record Row(String method, String path, Object body, int... expected) {}

    private Map<Who, ApiClient> clients() {
        Map<Who, ApiClient> clients = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            clients.put(who, who.username == null ? anonymous() : loginAs(who.username));
        }
        return clients;
    }

    /** What came back: the status and, for a problem, its body. */
    record Answer(int status, String body) {}

    /** Sends the row's request; files are sent and fetched as the browser does. */
    private static Answer call(ApiClient client, Row row) {
        if (FILE.equals(row.body())) {
            ApiClient.Response response = client.upload(
                    row.path(), "说明.pdf", "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
            return new Answer(response.status(), response.body());
        }
        if (row.method().equals("GET") && row.path().contains("/attachments/")) {
            ApiClient.Download download = client.download(row.path());
            return new Answer(download.status(), download.status() == 200 ? "" : download.text());
        }
        ApiClient.Response response = client.send(row.method(), row.path(), row.body());
        return new Answer(response.status(), response.body());
    }

    private static List<String> mismatches(Map<Who, ApiClient> clients, List<Row> table) {
        List<String> wrong = new ArrayList<>();
        for (Row row : table) {
            for (Who who : Who.values()) {
                Answer response = call(clients.get(who), row);
                int expected = row.expected()[who.ordinal()];
                if (response.status() != expected) {
                    wrong.add(row.method() + " " + row.path() + " as " + who + ": expected " + expected + " but got "
                            + response.status() + " " + response.body());
                }
            }
        }
        return wrong;
    }

    @Test
    void everyProposalEndpointLetsOnlyItsRolesThrough() {
        String p = "/api/proposals/" + NO_PROPOSAL;
        String a = "/api/proposals/assignments/" + NO_ASSIGNMENT;
        long proposalsBefore = count("proposal");
        long historyBefore = count("proposal_history");
        List<Row> table = List.of(
                //                                                          ANON MEMBER OFFICE UNIT LEADER ADMIN
                // RESIDENT LIAISON
                new Row("GET", "/api/proposals", null, 401, 200, 200, 200, 200, 403, 403, 403),
                new Row("GET", "/api/proposals/todo", null, 401, 200, 200, 200, 200, 403, 403, 403),
                new Row("GET", p, null, 401, 404, 404, 404, 404, 403, 403, 403),
                new Row("GET", p + "/history", null, 401, 404, 404, 404, 404, 403, 403, 403),
                new Row("GET", p + "/diagram", null, 401, 404, 404, 404, 404, 403, 403, 403),
                new Row("GET", p + "/attachments/" + NO_ATTACHMENT, null, 401, 404, 404, 404, 404, 403, 403, 403),
                new Row("POST", "/api/proposals", Map.of(), 401, 400, 403, 403, 403, 403, 403, 403),
                new Row("POST", "/api/proposals/staff-entries", Map.of(), 401, 403, 400, 403, 403, 403, 403, 403),
                new Row("PUT", p, individualForm("无权修改"), 401, 404, 403, 403, 403, 403, 403, 403),
                new Row("POST", p + "/submit", null, 401, 404, 403, 403, 403, 403, 403, 403),
                new Row("POST", p + "/cosign", Map.of("confirm", true), 401, 404, 403, 403, 403, 403, 403, 403),
                new Row("POST", p + "/submit-for-review", null, 401, 404, 403, 403, 403, 403, 403, 403),
                new Row("POST", p + "/attachments", FILE, 401, 404, 403, 403, 403, 403, 403, 403),
                new Row("DELETE", p + "/attachments/" + NO_ATTACHMENT, null, 401, 404, 403, 403, 403, 403, 403, 403),
                new Row("POST", p + "/review", Map.of("outcome", "REGISTER"), 401, 403, 404, 403, 403, 403, 403, 403),
                new Row("POST", p + "/assign", leadPlan(unitId(jdbc, "FGJ")), 401, 403, 404, 403, 403, 403, 403, 403),
                new Row("POST", a + "/sign", null, 401, 403, 403, 404, 403, 403, 403, 403),
                new Row(
                        "POST",
                        a + "/return-request",
                        Map.of("reason", "不属于本单位"),
                        401,
                        403,
                        403,
                        404,
                        403,
                        403,
                        403,
                        403),
                new Row(
                        "POST",
                        a + "/return-decision",
                        Map.of("approve", false, "comment", "不同意"),
                        401,
                        403,
                        404,
                        403,
                        403,
                        403,
                        403,
                        403));

        assertThat(mismatches(clients(), table)).isEmpty();
        assertThat(count("proposal")).isEqualTo(proposalsBefore);
        assertThat(count("proposal_history")).isEqualTo(historyBefore);
    }

    @Test
    void anAssignedProposalIsSeenByItsProposerTheOfficeLeadersAndItsUnitOnly() {
        ApiClient owner = loginAs("wy055");
        ApiClient office = loginAs("tab01");
        long id = createDraft(owner, individualForm(title("关于推进城市更新试点的建议")));
        long attachment = owner.upload(
                        "/api/proposals/" + id + "/attachments",
                        "调研报告.pdf",
                        "application/pdf",
                        "%PDF-1.4 调研".getBytes(StandardCharsets.UTF_8))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        owner.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER"))
                .expectStatus(200);
        JsonNode assigned = office.post("/api/proposals/" + id + "/assign", leadPlan(unitId(jdbc, "JD1")))
                .expectStatus(200)
                .json();
        assertThat(assigned.get("state").asString()).isEqualTo("AWAITING_SIGN_OFF");

        // The unit here is jd1, assigned; another member (wy054) and another unit (fgj) may not see it.
        Map<Who, ApiClient> clients = clients();
        ApiClient otherMember = clients.get(Who.MEMBER);
        ApiClient otherUnit = loginAs("fgj");
        String p = "/api/proposals/" + id;
        List<Row> table = List.of(
                //                                                ANON MEMBER OFFICE UNIT LEADER ADMIN RESIDENT LIAISON
                new Row("GET", p, null, 401, 404, 200, 200, 200, 403, 403, 403),
                new Row("GET", p + "/history", null, 401, 404, 200, 200, 200, 403, 403, 403),
                new Row("GET", p + "/diagram", null, 401, 404, 200, 200, 200, 403, 403, 403),
                new Row("GET", p + "/attachments/" + attachment, null, 401, 404, 200, 200, 200, 403, 403, 403));

        assertThat(mismatches(clients, table)).isEmpty();
        for (Row row : table) {
            assertThat(call(owner, row).status())
                    .as("owner: GET %s", row.path())
                    .isEqualTo(200);
            assertThat(call(otherUnit, row).status())
                    .as("unassigned unit: GET %s", row.path())
                    .isEqualTo(404);
            assertThat(call(otherMember, row).status())
                    .as("other member: GET %s", row.path())
                    .isEqualTo(404);
        }
    }
}
