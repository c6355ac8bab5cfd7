package org.cppcc.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.cppcc.platform.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The duty roster: kept by the workstation's liaison, seen by its members; a duty today lets a member triage there. */
class ConsultationRosterTest extends ConsultationTestBase {

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static Map<String, Object> duty(long memberId, LocalDate day, String period, String kind) {
        return Map.of("memberId", memberId, "dutyDate", day.toString(), "period", period, "kind", kind, "note", "测试值班");
    }

    @Test
    void theLiaisonKeepsTheRosterAndMembersSeeTheirOwnDuties() {
        long qingshi = workstationId(QINGSHI);
        ApiClient liaison = staff("lly01");
        String roster = "/api/consultation/workstations/" + qingshi + "/roster";
        JsonNode current = liaison.get(roster).expectStatus(200).json();
        assertThat(current.size()).isGreaterThanOrEqualTo(2);
        assertThat(current.get(0).get("periodLabel").asString()).isNotBlank();

        LocalDate day = today().plusDays(20);
        JsonNode added = liaison.post(roster, duty(memberId("wy029"), day, "EVENING", "ONLINE"))
                .expectStatus(201)
                .json();
        assertThat(added.get("memberName").asString()).isNotBlank();
        assertThat(added.get("kindLabel").asString()).isEqualTo("线上值班");
        ApiClient.Response twice = liaison.post(roster, duty(memberId("wy029"), day, "EVENING", "RECEPTION"))
                .expectStatus(409);
        assertThat(twice.code()).isEqualTo("DUPLICATE");
        assertThat(liaison.post(roster, duty(memberId("wy029"), today().minusDays(1), "EVENING", "ONLINE"))
                        .expectStatus(400)
                        .fields())
                .containsExactly("dutyDate");
        assertThat(liaison.post(
                                roster,
                                Map.of(
                                        "memberId",
                                        memberId("wy029"),
                                        "dutyDate",
                                        day.toString(),
                                        "period",
                                        "NIGHT",
                                        "kind",
                                        "ONLINE"))
                        .expectStatus(400)
                        .fields())
                .containsExactly("period");

        ApiClient wy029 = staff("wy029");
        assertThat(wy029.get("/api/consultation/my-duties")
                        .expectStatus(200)
                        .json()
                        .valueStream()
                        .anyMatch(d -> d.get("id").asLong() == added.get("id").asLong()))
                .isTrue();
        assertThat(wy029.get("/api/consultation/workbench")
                        .expectStatus(200)
                        .json()
                        .get("myDuties")
                        .toString())
                .contains(day.toString());
        assertThat(wy029.get(roster).expectStatus(200).json().size()).isGreaterThanOrEqualTo(2);

        ApiClient other = staff("lly02");
        other.post(roster, duty(memberId("wy043"), day, "EVENING", "ONLINE")).expectStatus(403);
        other.delete("/api/consultation/roster/" + added.get("id").asLong()).expectStatus(403);
        other.get(roster).expectStatus(403);
        staff("wy002").get(roster).expectStatus(403);
        liaison.delete("/api/consultation/roster/" + added.get("id").asLong()).expectStatus(204);
        liaison.delete("/api/consultation/roster/" + added.get("id").asLong()).expectStatus(404);
    }

    @Test
    void aMemberOnDutyTodayTriagesAtThatWorkstation() {
        long qingshi = workstationId(QINGSHI);
        long id = raisedMatter(QINGSHI, "值班委员研判：公园长椅损坏");
        ApiClient visiting = staff("wy016");
        visiting.post("/api/consultation/matters/" + id + "/triage", Map.of("outcome", "CONSULT"))
                .expectStatus(403);

        JsonNode dutyToday = staff("lly01")
                .post(
                        "/api/consultation/workstations/" + qingshi + "/roster",
                        duty(memberId("wy016"), today(), "EVENING", "RECEPTION"))
                .expectStatus(201)
                .json();
        JsonNode workbench =
                visiting.get("/api/consultation/workbench").expectStatus(200).json();
        assertThat(workbench
                        .get("workstations")
                        .valueStream()
                        .anyMatch(w -> w.get("workstation").get("id").asLong() == qingshi
                                && w.get("onDutyToday").asBoolean()))
                .isTrue();
        assertThat(workbench.get("toTriage").toString()).contains("值班委员研判：公园长椅损坏");
        visiting.post("/api/consultation/matters/" + id + "/triage", Map.of("outcome", "CONSULT"))
                .expectStatus(200);

        staff("lly01")
                .delete("/api/consultation/roster/" + dutyToday.get("id").asLong())
                .expectStatus(204);
        long next = raisedMatter(QINGSHI, "值班结束后不再研判");
        visiting.post("/api/consultation/matters/" + next + "/triage", Map.of("outcome", "CONSULT"))
                .expectStatus(403);
    }

    @Test
    void anAdministratorKeepsTheRosterOfAStationWithoutLiaison() {
        long baisha = workstationId("白沙街道智慧委员工作站");
        ApiClient admin = staff("admin");
        long member = jdbc.queryForObject("SELECT MIN(id) FROM member WHERE workstation_id = ?", Long.class, baisha);
        JsonNode added = admin.post(
                        "/api/consultation/workstations/" + baisha + "/roster",
                        duty(member, today().plusDays(25), "EVENING", "RECEPTION"))
                .expectStatus(201)
                .json();
        assertThat(admin.get("/api/consultation/workstations/" + baisha + "/roster?from=" + today().plusDays(25)
                                + "&to=" + today().plusDays(25))
                        .expectStatus(200)
                        .json()
                        .size())
                .isEqualTo(1);
        assertThat(admin.get("/api/consultation/workstations/" + baisha + "/roster?from=" + today() + "&to="
                                + today().plusDays(200))
                        .expectStatus(400)
                        .fields())
                .containsExactly("to");
        admin.delete("/api/consultation/roster/" + added.get("id").asLong()).expectStatus(204);
    }

    @Test
    void theStationedMembersAreListedForStaffAndOnThePublicPage() {
        long qingshi = workstationId(QINGSHI);
        JsonNode members = staff("lly01")
                .get("/api/consultation/workstations/" + qingshi + "/members")
                .expectStatus(200)
                .json();
        String wy001 = jdbc.queryForObject("SELECT name FROM member WHERE id = ?", String.class, memberId("wy001"));
        assertThat(members.valueStream().map(m -> m.get("name").asString())).contains(wy001);
        assertThat(members.size())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM member WHERE workstation_id = ? AND enabled = TRUE",
                        Integer.class,
                        qingshi));
        JsonNode page = visitor()
                .get("/api/public/consultation/workstations/" + qingshi)
                .expectStatus(200)
                .json();
        assertThat(page.get("members").valueStream().map(m -> m.get("name").asString()))
                .contains(wy001);
        assertThat(page.get("liaisons").size()).isEqualTo(1);
        assertThat(page.get("roster").size()).isGreaterThanOrEqualTo(2);
        assertThat(page.toString()).doesNotContain("accountId").doesNotContain("1380731");
    }
}
