package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.accountId;
import static org.cppcc.platform.proposal.ProposalFixtures.collectiveForm;
import static org.cppcc.platform.proposal.ProposalFixtures.form;
import static org.cppcc.platform.proposal.ProposalFixtures.history;
import static org.cppcc.platform.proposal.ProposalFixtures.individualForm;
import static org.cppcc.platform.proposal.ProposalFixtures.last;
import static org.cppcc.platform.proposal.ProposalFixtures.memberId;
import static org.cppcc.platform.proposal.ProposalFixtures.state;
import static org.cppcc.platform.proposal.ProposalFixtures.text;
import static org.cppcc.platform.proposal.ProposalFixtures.title;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 代录: the proposal office enters a paper proposal for a member or a body; the history says who for whom. */
class StaffEntryTest extends IntegrationTest {

    private static Map<String, Object> entry(Long memberId, Map<String, Object> form) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("memberId", memberId);
        entry.put("form", form);
        return entry;
    }

    @Test
    void officeEntersForAnOnlineMemberWhoThenSeesItAsTheirs() {
        ApiClient office = loginAs("tab02");
        ApiClient member = loginAs("wy054");
        String title = title("代录个人提案");
        JsonNode entered = office.post(
                        "/api/proposals/staff-entries", entry(memberId(jdbc, "wy054"), individualForm(title)))
                .expectStatus(201)
                .json();
        long id = entered.get("id").asLong();
        assertThat(state(jdbc, id)).isEqualTo("UNDER_REVIEW");
        assertThat(jdbc.queryForObject("SELECT owner_account_id FROM proposal WHERE id = ?", Long.class, id))
                .isEqualTo(accountId(jdbc, "wy054"));

        JsonNode mine = member.get("/api/proposals?scope=MINE&size=100")
                .expectStatus(200)
                .json();
        assertThat(mine.get("items").valueStream().map(p -> text(p, "title"))).contains(title);
        JsonNode entryLine = last(history(member, id));
        assertThat(text(entryLine, "action")).isEqualTo("STAFF_ENTRY");
        assertThat(text(entryLine, "actorRole")).isEqualTo("PROPOSAL_OFFICE");
        assertThat(text(entryLine, "actorName")).isNotBlank();
        assertThat(text(entryLine, "onBehalfOf")).isEqualTo(memberName("wy054"));
        assertThat(text(entryLine, "toState")).isEqualTo("UNDER_REVIEW");

        // The office can register it as any other submitted proposal: the Flowable step is waiting for review.
        office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER"))
                .expectStatus(200);
        assertThat(state(jdbc, id)).isEqualTo("ASSIGNMENT");
    }

    @Test
    void officeEntersForAMemberWithoutALoginAndForABody() {
        ApiClient office = loginAs("tab02");
        long offline = offlineMember();
        long id = office.post("/api/proposals/staff-entries", entry(offline, individualForm(title("代录无账号委员"))))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        assertThat(jdbc.queryForObject("SELECT lead_member_id FROM proposal WHERE id = ?", Long.class, id))
                .isEqualTo(offline);
        assertThat(text(last(history(office, id)), "onBehalfOf")).isEqualTo("纸质委员");

        long collective = office.post("/api/proposals/staff-entries", entry(null, collectiveForm(title("代录集体提案"))))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        assertThat(state(jdbc, collective)).isEqualTo("UNDER_REVIEW");
        assertThat(text(last(history(office, collective)), "onBehalfOf")).isEqualTo("民盟江湾区委员会");
    }

    @Test
    void jointEntryRecordsTheSignedCosignersAsConfirmed() {
        ApiClient office = loginAs("tab02");
        long cosigner = memberId(jdbc, "wy055");
        Map<String, Object> joint = form(title("代录联名提案"), "JOINT", List.of(cosigner));
        long id = office.post("/api/proposals/staff-entries", entry(memberId(jdbc, "wy054"), joint))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        assertThat(ProposalFixtures.cosignerStatuses(jdbc, id)).containsEntry(cosigner, "CONFIRMED");
    }

    @Test
    void badEntriesAreRefusedWithTheFieldAndWriteNothing() {
        ApiClient office = loginAs("tab02");
        long before = count("proposal");
        ApiClient.Response noMember =
                office.post("/api/proposals/staff-entries", entry(null, individualForm(title("缺委员"))));
        assertThat(noMember.status()).isEqualTo(400);
        assertThat(noMember.fields()).contains("memberId");
        ApiClient.Response unknown =
                office.post("/api/proposals/staff-entries", entry(987654321L, individualForm(title("无此委员"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.fields()).contains("memberId");
        Map<String, Object> noBody = collectiveForm(title("缺提案单位"));
        noBody.remove("bodyName");
        ApiClient.Response collective = office.post("/api/proposals/staff-entries", entry(null, noBody));
        assertThat(collective.status()).isEqualTo(400);
        assertThat(collective.fields()).contains("bodyName");
        assertThat(office.post("/api/proposals/staff-entries", Map.of()).status())
                .isEqualTo(400);
        assertThat(count("proposal")).isEqualTo(before);
    }

    @Test
    void onlyTheOfficeMayEnter() {
        Map<String, Object> body = entry(memberId(jdbc, "wy054"), individualForm(title("无权代录")));
        long before = count("proposal");
        assertThat(anonymous().post("/api/proposals/staff-entries", body).status())
                .isEqualTo(401);
        for (String username : List.of("wy054", "jd1", "ld02", "admin", "jm01", "lly02")) {
            assertThat(loginAs(username)
                            .post("/api/proposals/staff-entries", body)
                            .status())
                    .as(username)
                    .isEqualTo(403);
        }
        assertThat(count("proposal")).isEqualTo(before);
    }

    private String memberName(String username) {
        return jdbc.queryForObject(
                "SELECT m.name FROM member m JOIN app_account a ON a.id = m.account_id WHERE a.username = ?",
                String.class,
                username);
    }

    /** A member on the roster with no login, as many elderly members are. */
    private long offlineMember() {
        Long existing =
                jdbc
                        .queryForList("SELECT id FROM member WHERE name = '纸质委员' AND account_id IS NULL", Long.class)
                        .stream()
                        .findFirst()
                        .orElse(null);
        if (existing != null) {
            return existing;
        }
        long sector = jdbc.queryForObject("SELECT MIN(id) FROM sector WHERE enabled = TRUE", Long.class);
        jdbc.update(
                "INSERT INTO member (name, sector_id, level, enabled, created_at, updated_at) "
                        + "VALUES ('纸质委员', ?, 'DISTRICT', TRUE, ?, ?)",
                sector,
                LocalDateTime.now(),
                LocalDateTime.now());
        return jdbc.queryForObject("SELECT MAX(id) FROM member WHERE name = '纸质委员' AND account_id IS NULL", Long.class);
    }
}
