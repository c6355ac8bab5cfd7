package org.cppcc.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.individualForm;
import static org.cppcc.platform.proposal.ProposalFixtures.leadPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Sessions kept from the screens by the office (or the administrator): created with the default deadlines, edited,
 * one at a time taking proposals, closed for good, every change in the history; a proposal runs under its session's
 * deadlines. The demo session stays the one taking proposals, as the other tests expect.
 */
class SessionsTest extends IntegrationTest {

    private static int meeting = 0;

    @Autowired
    private WorkingDayCalendar calendar;

    @Autowired
    private Clock clock;

    private static Map<String, Object> session(int term, int meeting) {
        Map<String, Object> form = new HashMap<>();
        form.put("term", term);
        form.put("meeting", meeting);
        return form;
    }

    private static synchronized int nextMeeting() {
        return ++meeting;
    }

    @Test
    void newSessionStartsWithTheDefaultDeadlinesAndIsInTheHistory() {
        ApiClient office = loginAs("tab01");
        int m = nextMeeting();
        JsonNode created = office.post("/api/committee/sessions", session(9, m))
                .expectStatus(201)
                .json();

        assertThat(created.get("name").asString()).startsWith("九届").endsWith("次");
        assertThat(created.get("status").asString()).isEqualTo("PREPARING");
        assertThat(created.get("cosignWorkingDays").asInt()).isEqualTo(10);
        assertThat(created.get("signOffWorkingDays").asInt()).isEqualTo(5);
        assertThat(created.get("contactWorkingDays").asInt()).isEqualTo(15);
        assertThat(created.get("replyTerm").asString()).isEqualTo("P3M");
        assertThat(created.get("evaluationWorkingDays").asInt()).isEqualTo(15);
        assertThat(created.get("maxExtensionMonths").asInt()).isEqualTo(3);
        long id = created.get("id").asLong();

        Map<String, Object> edit = session(9, m);
        edit.put("signOffWorkingDays", 7);
        edit.put("plenaryStart", "2027-01-10");
        edit.put("plenaryEnd", "2027-01-13");
        assertThat(office.put("/api/committee/sessions/" + id, edit)
                        .expectStatus(200)
                        .json()
                        .get("signOffWorkingDays")
                        .asInt())
                .isEqualTo(7);

        JsonNode history = office.get("/api/committee/sessions/" + id + "/history")
                .expectStatus(200)
                .json();
        assertThat(history.valueStream().map(h -> h.get("action").asString()).toList())
                .containsExactly("CREATED", "UPDATED");
        assertThat(history.get(1).get("detail").asString()).contains("签收期限：7个工作日", "2027-01-10");
        assertThat(history.get(1).get("actorName").asString()).isNotBlank();
    }

    @Test
    void badSessionsAreRefusedWithTheFieldAndWriteNothing() {
        ApiClient admin = loginAs("admin");
        int m = nextMeeting();
        admin.post("/api/committee/sessions", session(9, m)).expectStatus(201);
        long before = count("committee_session");

        ApiClient.Response duplicate = admin.post("/api/committee/sessions", session(9, m));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.fields()).containsExactly("meeting");

        Map<String, Object> badTerm = session(9, nextMeeting());
        badTerm.put("replyTerm", "P3X");
        assertThat(admin.post("/api/committee/sessions", badTerm)
                        .expectStatus(400)
                        .fields())
                .containsExactly("replyTerm");

        Map<String, Object> backwards = session(9, nextMeeting());
        backwards.put("plenaryStart", "2027-01-10");
        backwards.put("plenaryEnd", "2027-01-09");
        ApiClient.Response refused = admin.post("/api/committee/sessions", backwards);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fields()).containsExactly("plenaryEnd");
        assertThat(refused.detail()).contains("闭幕");

        assertThat(admin.post("/api/committee/sessions", session(0, 1))
                        .expectStatus(400)
                        .fields())
                .containsExactly("term");
        assertThat(count("committee_session")).isEqualTo(before);
    }

    @Test
    void onlyOneSessionTakesProposalsAndAClosedOneStaysClosed() {
        ApiClient office = loginAs("tab01");
        long id = office.post("/api/committee/sessions", session(9, nextMeeting()))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();

        ApiClient.Response second = office.post("/api/committee/sessions/" + id + "/open", null);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.detail()).contains("正在征集提案");

        assertThat(office.post("/api/committee/sessions/" + id + "/close", null)
                        .expectStatus(200)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CLOSED");
        assertThat(office.post("/api/committee/sessions/" + id + "/open", null).status())
                .isEqualTo(409);
        assertThat(office.put("/api/committee/sessions/" + id, session(9, 20)).status())
                .isEqualTo(409);
        assertThat(office.get("/api/committee/sessions/" + id + "/history")
                        .expectStatus(200)
                        .json()
                        .valueStream()
                        .map(h -> h.get("action").asString())
                        .toList())
                .containsExactly("CREATED", "CLOSED");
        // Every signed-in user can browse the sessions, the closed one included.
        assertThat(loginAs("wy002")
                        .get("/api/organisation/sessions")
                        .expectStatus(200)
                        .json()
                        .valueStream()
                        .map(s -> s.get("id").asLong())
                        .toList())
                .contains(id);
    }

    /** The sign-off deadline of a new assignment comes from the proposal's session, not from application.yml. */
    @Test
    void assignmentsRunUnderTheirSessionsDeadlines() {
        long current = jdbc.queryForObject("SELECT id FROM committee_session WHERE is_current = TRUE", Long.class);
        Integer previous = jdbc.queryForObject(
                "SELECT sign_off_working_days FROM committee_session WHERE id = ?", Integer.class, current);
        jdbc.update("UPDATE committee_session SET sign_off_working_days = 9 WHERE id = ?", current);
        try {
            ApiClient member = loginAs("wy002");
            ApiClient office = loginAs("tab01");
            long id = member.post("/api/proposals", individualForm("按届次期限交办的提案"))
                    .expectStatus(201)
                    .json()
                    .get("id")
                    .asLong();
            member.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
            office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER"))
                    .expectStatus(200);
            office.post("/api/proposals/" + id + "/assign", leadPlan(unitId(jdbc, "FGJ")))
                    .expectStatus(200);
            Date due = jdbc.queryForObject(
                    "SELECT sign_due_date FROM proposal_assignment WHERE proposal_id = ?", Date.class, id);
            assertThat(due.toLocalDate()).isEqualTo(calendar.addWorkingDays(LocalDate.now(clock), 9));
        } finally {
            jdbc.update("UPDATE committee_session SET sign_off_working_days = ? WHERE id = ?", previous, current);
        }
    }

    /** After the session's last day for 大会提案 a new proposal may only be a 平时提案. */
    @Test
    void plenaryProposalsOnlyWithinTheWindow() {
        long current = jdbc.queryForObject("SELECT id FROM committee_session WHERE is_current = TRUE", Long.class);
        jdbc.update(
                "UPDATE committee_session SET plenary_proposals_until = ? WHERE id = ?",
                Date.valueOf(LocalDate.now(clock).minusDays(1)),
                current);
        try {
            ApiClient member = loginAs("wy002");
            ApiClient.Response late = member.post("/api/proposals", individualForm("会后提交的大会提案"));
            assertThat(late.status()).isEqualTo(400);
            assertThat(late.fields()).containsExactly("plenary");
            Map<String, Object> ordinary = individualForm("会后提交的平时提案");
            ordinary.put("plenary", false);
            member.post("/api/proposals", ordinary).expectStatus(201);
        } finally {
            jdbc.update("UPDATE committee_session SET plenary_proposals_until = NULL WHERE id = ?", current);
        }
    }
}
