package org.cppcc.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.cppcc.platform.support.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Search, paging and the create-then-update round trip of each administrator list. */
class AdminPagesTest extends IntegrationTest {

    private static final String PASSWORD = "Pages2026pw";

    @Autowired
    private WorkingDayCalendar calendar;

    private ApiClient admin;

    @BeforeEach
    void signIn() {
        admin = loginAs("admin");
    }

    // --- search ---

    @Test
    void unitsFoundByKeywordAndKind() {
        JsonNode bureaus = list("/api/admin/units?size=100&keyword=" + encode("局"));

        long expected = jdbc.queryForObject(
                "SELECT COUNT(*) FROM handling_unit "
                        + "WHERE name LIKE '%局%' OR code LIKE '%局%' OR contact_name LIKE '%局%'",
                Long.class);
        assertThat(bureaus.get("total").asLong()).isEqualTo(expected).isGreaterThanOrEqualTo(14);
        assertThat(items(bureaus))
                .allSatisfy(unit -> assertThat(
                                unit.get("name").asString() + unit.get("code").asString() + text(unit, "contactName"))
                        .contains("局"));
        assertThat(names(bureaus)).contains("区发展和改革局", "区教育局", "区生态环境分局").doesNotContain("青石街道办事处");

        JsonNode offices = list("/api/admin/units?size=100&kind=SUBDISTRICT_OFFICE");
        assertThat(offices.get("total").asLong())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM handling_unit WHERE kind = 'SUBDISTRICT_OFFICE'", Long.class));
        assertThat(items(offices))
                .allSatisfy(unit -> assertThat(unit.get("kind").asString()).isEqualTo("SUBDISTRICT_OFFICE"));
        assertThat(names(offices)).contains("青石街道办事处", "湘岸街道办事处");

        JsonNode contact = list("/api/admin/units?keyword=" + encode("吴晓梅"));
        assertThat(names(contact)).containsExactly("区教育局");
    }

    @Test
    void unitsOfThisTestAreFoundByTheirOwnToken() {
        String token = Unique.token();
        for (int i = 0; i < 3; i++) {
            admin.post("/api/admin/units", unit("检索单位" + token + "号" + i, "DEPARTMENT"))
                    .expectStatus(201);
        }
        admin.post("/api/admin/units", unit("检索单位" + token + "街道", "SUBDISTRICT_OFFICE"))
                .expectStatus(201);

        assertThat(list("/api/admin/units?keyword=" + token).get("total").asLong())
                .isEqualTo(4);
        assertThat(list("/api/admin/units?keyword=" + token + "&kind=DEPARTMENT")
                        .get("total")
                        .asLong())
                .isEqualTo(3);
        assertThat(list("/api/admin/units?keyword=" + token + "&kind=OTHER")
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void accountsFilteredByRoleHoldAllSixtyDemoMembers() {
        JsonNode firstPage = list("/api/admin/accounts?role=MEMBER&size=100");

        long members = jdbc.queryForObject(
                "SELECT COUNT(*) FROM app_account a WHERE EXISTS (SELECT 1 FROM account_role r "
                        + "WHERE r.account_id = a.id AND r.role = 'MEMBER')",
                Long.class);
        assertThat(firstPage.get("total").asLong()).isEqualTo(members).isGreaterThanOrEqualTo(60);
        List<String> usernames = new ArrayList<>();
        for (JsonNode page : allPages("/api/admin/accounts?role=MEMBER", 100)) {
            items(page).forEach(account -> {
                assertThat(roles(account)).contains("MEMBER");
                usernames.add(account.get("username").asString());
            });
        }
        assertThat(usernames)
                .hasSize((int) members)
                .containsAll(IntStream.rangeClosed(1, 60)
                        .mapToObj(i -> String.format("wy%03d", i))
                        .toList())
                .doesNotContain("admin", "tab01", "fgj");

        JsonNode office = list("/api/admin/accounts?role=PROPOSAL_OFFICE");
        assertThat(office.get("total").asLong())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM account_role WHERE role = 'PROPOSAL_OFFICE'", Long.class));
        assertThat(items(office).stream().map(a -> a.get("username").asString()).toList())
                .contains("tab01", "tab02");
    }

    @Test
    void accountsFoundByUsernameOrName() {
        JsonNode byUsername = list("/api/admin/accounts?keyword=wy00&size=100");
        assertThat(byUsername.get("total").asLong())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM app_account WHERE username LIKE '%wy00%' OR display_name LIKE '%wy00%' "
                                + "OR phone LIKE '%wy00%'",
                        Long.class));
        assertThat(items(byUsername).stream()
                        .map(a -> a.get("username").asString())
                        .toList())
                .contains("wy001", "wy009")
                .doesNotContain("wy010");

        String name = jdbc.queryForObject("SELECT display_name FROM app_account WHERE username = 'jyj'", String.class);
        JsonNode byName = list("/api/admin/accounts?keyword=" + encode(name));
        assertThat(items(byName).stream().map(a -> a.get("username").asString()).toList())
                .contains("jyj");
        JsonNode jyj = items(byName).stream()
                .filter(a -> a.get("username").asString().equals("jyj"))
                .findFirst()
                .orElseThrow();
        assertThat(jyj.get("unitName").asString()).isEqualTo("区教育局");
        assertThat(jyj.toString()).doesNotContainIgnoringCase("password");

        JsonNode combined = list("/api/admin/accounts?keyword=wy00&role=LEADER");
        assertThat(combined.get("total").asLong()).isZero();
    }

    @Test
    void holidaysOf2026AreTheDemoCalendar() {
        List<JsonNode> days = new ArrayList<>();
        allPages("/api/admin/holidays?year=2026", 100).forEach(page -> days.addAll(items(page)));

        assertThat(list("/api/admin/holidays?year=2026").get("total").asLong())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM holiday WHERE holiday_date >= DATE '2026-01-01' "
                                + "AND holiday_date < DATE '2027-01-01'",
                        Long.class))
                .isGreaterThanOrEqualTo(39);
        List<String> dates = days.stream().map(d -> d.get("day").asString()).toList();
        assertThat(dates)
                .allMatch(d -> d.startsWith("2026-"))
                .isSorted()
                .contains("2026-01-01", "2026-02-17", "2026-10-01", "2026-10-07");
        assertThat(days)
                .filteredOn(d -> d.get("day").asString().equals("2026-02-14"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.get("kind").asString()).isEqualTo("WORKDAY");
                    assertThat(d.get("name").asString()).isEqualTo("春节调休");
                });
        assertThat(days.stream()
                        .filter(d -> d.get("kind").asString().equals("WORKDAY"))
                        .count())
                .isGreaterThanOrEqualTo(6);

        assertThat(list("/api/admin/holidays?year=2001").get("total").asLong()).isZero();
    }

    @Test
    void workstationsFilteredBySubdistrictAndKeyword() {
        long subdistrict = jdbc.queryForObject("SELECT MIN(subdistrict_id) FROM community", Long.class);
        JsonNode inSubdistrict = list("/api/admin/workstations?size=100&subdistrictId=" + subdistrict);

        assertThat(inSubdistrict.get("total").asLong())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM workstation WHERE subdistrict_id = ?", Long.class, subdistrict));
        assertThat(items(inSubdistrict))
                .allSatisfy(w -> assertThat(w.get("subdistrictId").asLong()).isEqualTo(subdistrict));
        assertThat(items(inSubdistrict).stream()
                        .map(w -> w.get("kind").asString())
                        .toList())
                .contains("STATION", "ROOM");

        JsonNode rooms = list("/api/admin/workstations?size=100&keyword=" + encode("工作室"));
        assertThat(items(rooms)).isNotEmpty().allSatisfy(w -> {
            assertThat(w.get("name").asString()
                            + text(w, "address")
                            + w.get("subdistrictName").asString())
                    .contains("工作室");
        });
    }

    @Test
    void sectorsFoundByCodeOrName() {
        assertThat(names(list("/api/admin/sectors?keyword=S01"))).containsExactly("中国共产党");
        JsonNode bySuffix = list("/api/admin/sectors?size=100&keyword=" + encode("界"));
        assertThat(bySuffix.get("total").asLong())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sector WHERE name LIKE '%界%' OR code LIKE '%界%'", Long.class));
        assertThat(names(bySuffix)).contains("经济界", "教育界").doesNotContain("九三学社");
        assertThat(list("/api/admin/sectors?keyword=" + encode("无此界别" + Unique.token()))
                        .get("total")
                        .asLong())
                .isZero();
    }

    // --- paging ---

    @ParameterizedTest(name = "pages of {0} hold each record exactly once")
    @ValueSource(
            strings = {
                "/api/admin/accounts",
                "/api/admin/sectors",
                "/api/admin/units",
                "/api/admin/workstations",
                "/api/admin/holidays"
            })
    void pagesHoldEachRecordExactlyOnce(String list) {
        int size = 7;
        JsonNode first = list(list + "?size=" + size);
        long total = first.get("total").asLong();
        assertThat(total).isGreaterThan(2L * size);
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("size").asInt()).isEqualTo(size);
        assertThat(items(first)).hasSize(size);

        JsonNode second = list(list + "?size=" + size + "&page=2");
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("total").asLong()).isEqualTo(total);
        assertThat(ids(second)).hasSize(size).doesNotContainAnyElementsOf(ids(first));

        Set<Long> seen = new HashSet<>();
        List<JsonNode> pages = allPages(list, size);
        for (JsonNode page : pages) {
            for (long id : ids(page)) {
                assertThat(seen.add(id)).as("%s id %d on two pages", list, id).isTrue();
            }
        }
        assertThat(seen).hasSize((int) total);
        int lastSize = (int) (total - (long) (pages.size() - 1) * size);
        assertThat(items(pages.get(pages.size() - 1))).hasSize(lastSize);

        JsonNode beyond = list(list + "?size=" + size + "&page=" + (pages.size() + 1));
        assertThat(items(beyond)).isEmpty();
        assertThat(beyond.get("total").asLong()).isEqualTo(total);

        JsonNode byDefault = list(list);
        assertThat(byDefault.get("size").asInt()).isEqualTo(20);
        assertThat(items(byDefault)).hasSize((int) Math.min(20, total));
        assertThat(items(list(list + "?size=100"))).hasSize((int) Math.min(100, total));
    }

    @ParameterizedTest(name = "{0} refuses a page size over 100, page 0 and an overlong keyword")
    @ValueSource(
            strings = {
                "/api/admin/accounts",
                "/api/admin/sectors",
                "/api/admin/units",
                "/api/admin/workstations",
                "/api/admin/holidays"
            })
    void pageParametersAreChecked(String list) {
        assertRefused(admin.get(list + "?size=101"), "size");
        assertRefused(admin.get(list + "?size=0"), "size");
        assertRefused(admin.get(list + "?page=0"), "page");
        assertRefused(admin.get(list + "?size=abc"), "size");
        assertRefused(admin.get(list + "?keyword=" + "k".repeat(51)), "keyword");
    }

    @Test
    void filterParametersAreChecked() {
        assertRefused(admin.get("/api/admin/accounts?role=FOO"), "role");
        assertRefused(admin.get("/api/admin/units?kind=FOO"), "kind");
        assertRefused(admin.get("/api/admin/workstations?subdistrictId=abc"), "subdistrictId");
        assertRefused(admin.get("/api/admin/holidays?year=1999"), "year");
        assertRefused(admin.get("/api/admin/holidays?year=2101"), "year");
    }

    // --- round trips ---

    @Test
    void sectorRoundTrip() {
        String code = Unique.code("RT");
        JsonNode created = admin.post(
                        "/api/admin/sectors",
                        Map.of("code", code, "name", "  往返界别  ", "sortOrder", 90, "enabled", true))
                .expectStatus(201)
                .json();
        long id = created.get("id").asLong();
        assertThat(created.get("code").asString()).isEqualTo(code);
        assertThat(created.get("name").asString()).isEqualTo("往返界别");
        assertThat(created.get("sortOrder").asInt()).isEqualTo(90);
        assertThat(created.get("enabled").asBoolean()).isTrue();
        assertThat(list("/api/admin/sectors?keyword=" + code).get("items")).containsExactly(created);
        assertThat(reference("/api/organisation/sectors")).contains(id);

        String newCode = Unique.code("RU");
        JsonNode updated = admin.put(
                        "/api/admin/sectors/" + id,
                        Map.of("code", newCode, "name", "往返界别（改）", "sortOrder", 91, "enabled", false))
                .expectStatus(200)
                .json();

        assertThat(updated.get("id").asLong()).isEqualTo(id);
        assertThat(updated.get("code").asString()).isEqualTo(newCode);
        assertThat(updated.get("name").asString()).isEqualTo("往返界别（改）");
        assertThat(updated.get("sortOrder").asInt()).isEqualTo(91);
        assertThat(updated.get("enabled").asBoolean()).isFalse();
        assertThat(list("/api/admin/sectors?keyword=" + newCode).get("items")).containsExactly(updated);
        assertThat(list("/api/admin/sectors?keyword=" + code).get("total").asLong())
                .isZero();
        // A disabled sector leaves the forms' list, but stays on the admin's.
        assertThat(reference("/api/organisation/sectors")).doesNotContain(id);
        // Its old code is free again; keeping its own code is no clash.
        admin.put("/api/admin/sectors/" + id, Map.of("code", newCode, "name", "往返界别", "sortOrder", 91, "enabled", true))
                .expectStatus(200);
        admin.post("/api/admin/sectors", Map.of("code", code, "name", "接手旧编码", "sortOrder", 92, "enabled", true))
                .expectStatus(201);
    }

    @Test
    void unitRoundTrip() {
        Map<String, Object> form = unit("往返单位" + Unique.token(), "DEPARTMENT");
        JsonNode created =
                admin.post("/api/admin/units", form).expectStatus(201).json();
        long id = created.get("id").asLong();
        assertThat(created.get("name").asString()).isEqualTo(form.get("name"));
        assertThat(created.get("kind").asString()).isEqualTo("DEPARTMENT");
        assertThat(created.get("contactName").asString()).isEqualTo("往返联系人");
        assertThat(reference("/api/organisation/units")).contains(id);

        Map<String, Object> change = new LinkedHashMap<>();
        change.put("code", form.get("code"));
        change.put("name", "往返单位（改）" + Unique.token());
        change.put("kind", "OTHER");
        change.put("contactName", "");
        change.put("contactPhone", "");
        change.put("enabled", false);
        JsonNode updated =
                admin.put("/api/admin/units/" + id, change).expectStatus(200).json();

        assertThat(updated.get("name").asString()).isEqualTo(change.get("name"));
        assertThat(updated.get("kind").asString()).isEqualTo("OTHER");
        assertThat(updated.get("contactName").isNull()).isTrue();
        assertThat(updated.get("contactPhone").isNull()).isTrue();
        assertThat(updated.get("enabled").asBoolean()).isFalse();
        assertThat(list("/api/admin/units?keyword=" + form.get("code")).get("items"))
                .containsExactly(updated);
        assertThat(reference("/api/organisation/units")).doesNotContain(id);
    }

    @Test
    void workstationRoundTrip() {
        JsonNode community = admin.get("/api/organisation/communities")
                .expectStatus(200)
                .json()
                .get(0);
        long communityId = community.get("id").asLong();
        long subdistrictId = community.get("subdistrictId").asLong();
        String name = "往返工作室" + Unique.token();

        JsonNode created = admin.post(
                        "/api/admin/workstations",
                        Map.of(
                                "name",
                                name,
                                "kind",
                                "ROOM",
                                "subdistrictId",
                                subdistrictId,
                                "communityId",
                                communityId,
                                "address",
                                "往返路8号",
                                "enabled",
                                true))
                .expectStatus(201)
                .json();
        long id = created.get("id").asLong();
        assertThat(created.get("kind").asString()).isEqualTo("ROOM");
        assertThat(created.get("communityId").asLong()).isEqualTo(communityId);
        assertThat(created.get("communityName").asString())
                .isEqualTo(community.get("name").asString());
        assertThat(created.get("subdistrictName").asString())
                .isEqualTo(
                        jdbc.queryForObject("SELECT name FROM subdistrict WHERE id = ?", String.class, subdistrictId));
        assertThat(list("/api/admin/workstations?size=100&subdistrictId=" + subdistrictId)
                        .get("items"))
                .contains(created);

        long otherSubdistrict = jdbc.queryForObject("SELECT MAX(id) FROM subdistrict", Long.class);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("name", name + "站");
        change.put("kind", "STATION");
        change.put("subdistrictId", otherSubdistrict);
        change.put("communityId", null);
        change.put("address", " ");
        change.put("enabled", true);
        JsonNode updated = admin.put("/api/admin/workstations/" + id, change)
                .expectStatus(200)
                .json();

        assertThat(updated.get("name").asString()).isEqualTo(name + "站");
        assertThat(updated.get("kind").asString()).isEqualTo("STATION");
        assertThat(updated.get("subdistrictId").asLong()).isEqualTo(otherSubdistrict);
        assertThat(updated.get("communityId").isNull()).isTrue();
        assertThat(updated.get("address").isNull()).isTrue();
        assertThat(ids(list("/api/admin/workstations?size=100&subdistrictId=" + subdistrictId)))
                .doesNotContain(id);
        assertThat(list("/api/admin/workstations?size=100&subdistrictId=" + otherSubdistrict)
                        .get("items"))
                .contains(updated);
    }

    @Test
    void holidayRoundTripMovesTheWorkingDayCalendar() {
        LocalDate day = weekday();
        assertThat(calendar.isWorkingDay(day)).isTrue();

        JsonNode created = admin.post(
                        "/api/admin/holidays", Map.of("day", day.toString(), "kind", "HOLIDAY", "name", " 往返节 "))
                .expectStatus(201)
                .json();
        long id = created.get("id").asLong();
        assertThat(created.get("day").asString()).isEqualTo(day.toString());
        assertThat(created.get("name").asString()).isEqualTo("往返节");
        assertThat(list("/api/admin/holidays?size=100&year=" + day.getYear()).get("items"))
                .contains(created);
        assertThat(calendar.isWorkingDay(day)).isFalse();

        LocalDate saturday = saturday();
        JsonNode updated = admin.put(
                        "/api/admin/holidays/" + id,
                        Map.of("day", saturday.toString(), "kind", "WORKDAY", "name", "往返调休"))
                .expectStatus(200)
                .json();
        assertThat(updated.get("day").asString()).isEqualTo(saturday.toString());
        assertThat(updated.get("kind").asString()).isEqualTo("WORKDAY");
        assertThat(updated.get("name").asString()).isEqualTo("往返调休");
        assertThat(calendar.isWorkingDay(day)).isTrue();
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        // Keeping its own day is no clash.
        admin.put("/api/admin/holidays/" + id, Map.of("day", saturday.toString(), "kind", "WORKDAY", "name", "往返调休二"))
                .expectStatus(200);

        admin.delete("/api/admin/holidays/" + id).expectStatus(204);

        assertThat(ids(list("/api/admin/holidays?size=100&year=" + saturday.getYear())))
                .doesNotContain(id);
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        Response again = admin.delete("/api/admin/holidays/" + id);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void accountRoundTrip() {
        String username = Unique.username("pg");
        JsonNode created = admin.post(
                        "/api/admin/accounts",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                " 往返账户 ",
                                "phone",
                                "13800000000",
                                "email",
                                "rt@example.org",
                                "roles",
                                List.of("WORKSTATION_LIAISON", "LEADER"),
                                "password",
                                PASSWORD))
                .expectStatus(201)
                .json();
        long id = created.get("id").asLong();
        assertThat(created.get("username").asString()).isEqualTo(username);
        assertThat(created.get("displayName").asString()).isEqualTo("往返账户");
        assertThat(roles(created)).containsExactlyInAnyOrder("LEADER", "WORKSTATION_LIAISON");
        assertThat(created.get("unitId").isNull()).isTrue();
        assertThat(created.get("enabled").asBoolean()).isTrue();
        assertThat(created.get("locked").asBoolean()).isFalse();
        assertThat(created.toString()).doesNotContainIgnoringCase("password");
        assertThat(admin.get("/api/admin/accounts/" + id).expectStatus(200).json())
                .isEqualTo(created);

        long unitId = jdbc.queryForObject("SELECT id FROM handling_unit WHERE code = 'JD2'", Long.class);
        JsonNode updated = admin.put(
                        "/api/admin/accounts/" + id,
                        Map.of(
                                "displayName",
                                "往返账户（改）",
                                "phone",
                                "0731-1234567",
                                "email",
                                "rt2@example.org",
                                "roles",
                                List.of("HANDLING_UNIT"),
                                "unitId",
                                unitId,
                                "enabled",
                                true))
                .expectStatus(200)
                .json();
        assertThat(roles(updated)).containsExactly("HANDLING_UNIT");
        assertThat(updated.get("unitId").asLong()).isEqualTo(unitId);
        assertThat(updated.get("unitName").asString()).isEqualTo("桂花街道办事处");
        assertThat(updated.get("displayName").asString()).isEqualTo("往返账户（改）");
        assertThat(updated.get("phone").asString()).isEqualTo("0731-1234567");
        assertThat(ids(list("/api/admin/accounts?size=100&role=HANDLING_UNIT&keyword=" + username)))
                .containsExactly(id);
        assertThat(list("/api/admin/accounts?role=LEADER&keyword=" + username)
                        .get("total")
                        .asLong())
                .isZero();

        admin.post("/api/admin/accounts/" + id + "/password", Map.of("password", "Reset2026pw"))
                .expectStatus(204);

        assertThat(anonymous().login(username, PASSWORD).code()).isEqualTo("AUTH_BAD_CREDENTIALS");
        ApiClient user = anonymous();
        JsonNode me = user.login(username, "Reset2026pw").expectStatus(200).json();
        assertThat(roles(me)).containsExactly("HANDLING_UNIT");
        assertThat(me.get("unitId").asLong()).isEqualTo(unitId);
        assertThat(me.get("displayName").asString()).isEqualTo("往返账户（改）");
        assertThat(user.get("/api/workbench/overview")
                        .expectStatus(200)
                        .json()
                        .get("me")
                        .get("unitId")
                        .asLong())
                .isEqualTo(unitId);
        // Roles that drop the unit drop the binding too.
        JsonNode leader = admin.put(
                        "/api/admin/accounts/" + id,
                        Map.of("displayName", "往返账户", "roles", List.of("LEADER"), "unitId", unitId, "enabled", true))
                .expectStatus(200)
                .json();
        assertThat(leader.get("unitId").isNull()).isTrue();
    }

    // --- helpers ---

    private JsonNode list(String path) {
        return admin.get(path).expectStatus(200).json();
    }

    private List<JsonNode> allPages(String path, int size) {
        String separator = path.contains("?") ? "&" : "?";
        List<JsonNode> pages = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode result = list(path + separator + "size=" + size + "&page=" + page);
            pages.add(result);
            if ((long) page * size >= result.get("total").asLong()) {
                return pages;
            }
        }
    }

    private List<Long> reference(String path) {
        return admin.get(path)
                .expectStatus(200)
                .json()
                .valueStream()
                .map(n -> n.get("id").asLong())
                .toList();
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.code()).as(response.body()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.fields()).as(response.body()).containsExactly(field);
        assertThat(response.detail()).containsPattern("\\p{IsHan}");
    }

    private static List<JsonNode> items(JsonNode page) {
        return page.get("items").valueStream().toList();
    }

    private static List<Long> ids(JsonNode page) {
        return items(page).stream().map(item -> item.get("id").asLong()).toList();
    }

    private static List<String> names(JsonNode page) {
        return items(page).stream().map(item -> item.get("name").asString()).toList();
    }

    private static List<String> roles(JsonNode account) {
        return account.get("roles").valueStream().map(JsonNode::asString).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static Map<String, Object> unit(String name, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", Unique.code("P"));
        body.put("name", name);
        body.put("kind", kind);
        body.put("contactName", "往返联系人");
        body.put("contactPhone", "0731-85608888");
        body.put("enabled", true);
        return body;
    }

    private static LocalDate weekday() {
        LocalDate day = Unique.day();
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = Unique.day();
        }
        return day;
    }

    private static LocalDate saturday() {
        LocalDate day = Unique.day();
        while (day.getDayOfWeek() != DayOfWeek.SATURDAY) {
            day = Unique.day();
        }
        return day;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
