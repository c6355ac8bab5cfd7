package org.cppcc.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.cppcc.platform.support.Unique;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The roster kept from the administrator's screens: a member created with a new login can sign in and draft at
 * once, a retired member keeps their record but cannot sign in, bad input names its field and writes nothing;
 * liaisons, subdistricts and communities likewise; the go-live checklist reads it all.
 */
class RosterTest extends IntegrationTest {

    private static final String PASSWORD = "Roster2026a";

    private Map<String, Object> member(String name) {
        Map<String, Object> form = new HashMap<>();
        form.put("name", name);
        form.put("gender", "女");
        form.put("sectorId", jdbc.queryForObject("SELECT MIN(id) FROM sector WHERE enabled = TRUE", Long.class));
        form.put("level", "DISTRICT");
        form.put("specialCommittee", "提案委员会");
        form.put("phone", "13800001111");
        form.put("email", "member@example.org");
        return form;
    }

    @Test
    void memberCreatedWithALoginSignsInAndRetiringStopsTheLoginButKeepsTheRecord() {
        ApiClient admin = loginAs("admin");
        String username = Unique.username("wy");
        Map<String, Object> form = member("新委员" + Unique.token());
        form.put("username", username);
        form.put("password", PASSWORD);
        JsonNode created =
                admin.post("/api/admin/members", form).expectStatus(201).json();
        long id = created.get("id").asLong();
        assertThat(created.get("username").asString()).isEqualTo(username);
        assertThat(created.get("specialCommittee").asString()).isEqualTo("提案委员会");

        ApiClient member = anonymous();
        member.login(username, PASSWORD).expectStatus(200);
        JsonNode overview =
                member.get("/api/workbench/overview").expectStatus(200).json();
        assertThat(overview.get("me").get("member").get("name").asString()).isEqualTo(form.get("name"));

        JsonNode retired = admin.post("/api/admin/members/" + id + "/retire", null)
                .expectStatus(200)
                .json();
        assertThat(retired.get("enabled").asBoolean()).isFalse();
        assertThat(retired.get("retiredOn").isNull()).isFalse();
        assertThat(member.get("/api/workbench/overview").status()).isEqualTo(401);
        assertThat(anonymous().login(username, PASSWORD).code()).isEqualTo("AUTH_DISABLED");
        assertThat(admin.post("/api/admin/members/" + id + "/retire", null).status())
                .isEqualTo(409);
        assertThat(admin.get("/api/admin/members?retired=true&keyword=" + username)
                        .expectStatus(200)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);

        admin.post("/api/admin/members/" + id + "/reinstate", null).expectStatus(200);
        anonymous().login(username, PASSWORD).expectStatus(200);
        assertThat(admin.get("/api/admin/members/" + id + "/history")
                        .expectStatus(200)
                        .json()
                        .valueStream()
                        .map(h -> h.get("action").asString())
                        .toList())
                .containsExactly("CREATED", "RETIRED", "REINSTATED");
    }

    @Test
    void anExistingAccountIsLinkedAndGetsTheMemberRole() {
        ApiClient admin = loginAs("admin");
        String username = Unique.username("lk");
        long accountId = admin.post(
                        "/api/admin/accounts",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "待关联",
                                "roles",
                                List.of("WORKSTATION_LIAISON"),
                                "password",
                                PASSWORD))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        long id = admin.post("/api/admin/members", member("关联委员" + Unique.token()))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        Map<String, Object> link = member("关联委员");
        link.put("accountId", accountId);
        JsonNode linked =
                admin.put("/api/admin/members/" + id, link).expectStatus(200).json();
        assertThat(linked.get("username").asString()).isEqualTo(username);
        assertThat(jdbc.queryForList("SELECT role FROM account_role WHERE account_id = ?", String.class, accountId))
                .containsExactlyInAnyOrder("WORKSTATION_LIAISON", "MEMBER");

        // The same account cannot be a second member.
        Map<String, Object> again = member("重复关联");
        again.put("accountId", accountId);
        ApiClient.Response duplicate = admin.post("/api/admin/members", again);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.fields()).containsExactly("accountId");
    }

    @Test
    void badMembersNameTheFieldAndWriteNothing() {
        ApiClient admin = loginAs("admin");
        long members = count("member");
        long accounts = count("app_account");

        Map<String, Object> unknownSector = member("未知界别");
        unknownSector.put("sectorId", 999999999L);
        assertThat(admin.post("/api/admin/members", unknownSector)
                        .expectStatus(400)
                        .fields())
                .containsExactly("sectorId");

        Map<String, Object> badPhone = member("电话有误");
        badPhone.put("phone", "电话");
        assertThat(admin.post("/api/admin/members", badPhone).expectStatus(400).fields())
                .containsExactly("phone");

        Map<String, Object> takenUsername = member("用户名重复");
        takenUsername.put("username", "wy002");
        takenUsername.put("password", PASSWORD);
        assertThat(admin.post("/api/admin/members", takenUsername)
                        .expectStatus(409)
                        .fields())
                .containsExactly("username");

        Map<String, Object> weak = member("弱密码");
        weak.put("username", Unique.username("wk"));
        weak.put("password", "12345678");
        assertThat(admin.post("/api/admin/members", weak).expectStatus(400).fields())
                .containsExactly("password");

        Map<String, Object> adminAccount = member("管理员");
        adminAccount.put(
                "accountId", jdbc.queryForObject("SELECT id FROM app_account WHERE username = 'admin'", Long.class));
        assertThat(admin.post("/api/admin/members", adminAccount)
                        .expectStatus(400)
                        .fields())
                .containsExactly("accountId");

        assertThat(count("member")).isEqualTo(members);
        assertThat(count("app_account")).isEqualTo(accounts);
    }

    @Test
    void liaisonsSubdistrictsAndCommunitiesAreKeptFromScreens() {
        ApiClient admin = loginAs("admin");
        long workstation = jdbc.queryForObject("SELECT MIN(id) FROM workstation", Long.class);
        List<Long> before = jdbc.queryForList(
                "SELECT account_id FROM workstation_liaison WHERE workstation_id = ? ORDER BY account_id",
                Long.class,
                workstation);
        long member = jdbc.queryForObject("SELECT id FROM app_account WHERE username = 'wy002'", Long.class);
        assertThat(admin.put(
                                "/api/admin/workstations/" + workstation + "/liaisons",
                                Map.of("accountIds", List.of(member)))
                        .expectStatus(400)
                        .fields())
                .containsExactly("accountIds");
        long liaison = jdbc.queryForObject("SELECT id FROM app_account WHERE username = 'lly01'", Long.class);
        try {
            JsonNode set = admin.put(
                            "/api/admin/workstations/" + workstation + "/liaisons",
                            Map.of("accountIds", List.of(liaison)))
                    .expectStatus(200)
                    .json();
            assertThat(set.valueStream().map(l -> l.get("accountId").asLong()).toList())
                    .containsExactly(liaison);
            assertThat(admin.get("/api/admin/workstations/" + workstation + "/history")
                            .expectStatus(200)
                            .json()
                            .valueStream()
                            .map(h -> h.get("action").asString())
                            .toList())
                    .contains("LIAISONS");
        } finally {
            admin.put("/api/admin/workstations/" + workstation + "/liaisons", Map.of("accountIds", before))
                    .expectStatus(200);
        }

        String name = "测试街道" + Unique.token();
        long subdistrict = admin.post("/api/admin/subdistricts", Map.of("name", name, "sortOrder", 99))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        assertThat(admin.post("/api/admin/subdistricts", Map.of("name", name, "sortOrder", 1))
                        .expectStatus(409)
                        .fields())
                .containsExactly("name");
        long community = admin.post("/api/admin/communities", Map.of("subdistrictId", subdistrict, "name", "新社区"))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        admin.put("/api/admin/communities/" + community, Map.of("subdistrictId", subdistrict, "name", "更名社区"))
                .expectStatus(200);
        assertThat(jdbc.queryForObject("SELECT name FROM community WHERE id = ?", String.class, community))
                .isEqualTo("更名社区");
        assertThat(admin.post("/api/admin/communities", Map.of("subdistrictId", 999999999L, "name", "无主社区"))
                        .expectStatus(400)
                        .fields())
                .containsExactly("subdistrictId");
    }

    @Test
    void goLiveChecklistIsComputedFromTheData() {
        JsonNode checklist =
                loginAs("admin").get("/api/admin/go-live").expectStatus(200).json();
        Map<String, Boolean> done = new HashMap<>();
        checklist
                .get("items")
                .forEach(i -> done.put(i.get("key").asString(), i.get("done").asBoolean()));
        assertThat(done).containsKeys("session", "sectors", "roster", "office", "units", "unitLeaders", "holidays");
        // The demo committee has an open session, members with logins, the office and 2026's holidays.
        assertThat(done.get("session")).isTrue();
        assertThat(done.get("roster")).isTrue();
        assertThat(done.get("office")).isTrue();
        assertThat(done.get("sectors")).isTrue();
        assertThat(done.get("holidays")).as("the demo's 2026 holidays").isTrue();
    }
}
