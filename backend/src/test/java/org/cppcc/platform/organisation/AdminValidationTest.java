package org.cppcc.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.cppcc.platform.support.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every administrator write refuses bad input with a 4xx, a stable code, the field at fault and a Chinese
 * message, and writes nothing.
 */
class AdminValidationTest extends IntegrationTest {

    private static final String MISSING = "999999999";
    private static final String PASSWORD = "Valid2026pw";

    private ApiClient admin;

    @BeforeEach
    void signIn() {
        admin = loginAs("admin");
    }

    // --- accounts ---

    @Test
    void accountCreationRefusesEmptyAndMissingFields() {
        expect(
                "app_account",
                () -> admin.post(
                        "/api/admin/accounts",
                        Map.of("username", "", "displayName", "", "roles", List.of(), "password", "")),
                400,
                "VALIDATION_FAILED",
                "username",
                "displayName",
                "roles",
                "password");
        expect(
                "app_account",
                () -> admin.post("/api/admin/accounts", "{}"),
                400,
                "VALIDATION_FAILED",
                "username",
                "displayName",
                "roles",
                "password");
        expect(
                "app_account",
                () -> admin.post(
                        "/api/admin/accounts",
                        "{\"username\":\"   \",\"displayName\":\"  \"," + "\"roles\":[\"LEADER\"],\"password\":\""
                                + PASSWORD + "\"}"),
                400,
                "VALIDATION_FAILED",
                "username",
                "displayName");
    }

    @Test
    void accountCreationRefusesOverlongAndMalformedValues() {
        expect(
                "app_account",
                () -> admin.post("/api/admin/accounts", account(Map.of("username", "a" + "b".repeat(50)))),
                400,
                "VALIDATION_FAILED",
                "username");
        expect(
                "app_account",
                () -> admin.post("/api/admin/accounts", account(Map.of("username", "张三"))),
                400,
                "VALIDATION_FAILED",
                "username");
        expect(
                "app_account",
                () -> admin.post("/api/admin/accounts", account(Map.of("username", "1abc"))),
                400,
                "VALIDATION_FAILED",
                "username");
        expect(
                "app_account",
                () -> admin.post("/api/admin/accounts", account(Map.of("displayName", "名".repeat(51)))),
                400,
                "VALIDATION_FAILED",
                "displayName");
        expect(
                "app_account",
                () -> admin.post("/api/admin/accounts", account(Map.of("phone", "call me"))),
                400,
                "VALIDATION_FAILED",
                "phone");
        expect(
                "app_account",
                () -> admin.post("/api/admin/accounts", account(Map.of("email", "not-an-address"))),
                400,
                "VALIDATION_FAILED",
                "email");
    }

    @Test
    void accountCreationRefusesAnUnknownRole() {
        expectUnknownValue(
                "app_account",
                () -> admin.post("/api/admin/accounts", account(Map.of("roles", List.of("FOO")))),
                "roles");
    }

    @Test
    void accountCreationRefusesMalformedJson() {
        expect(
                "app_account",
                () -> admin.post("/api/admin/accounts", "{\"username\": \"abc\","),
                400,
                "MALFORMED_REQUEST");
        expect("app_account", () -> admin.post("/api/admin/accounts", "not json at all"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void aHandlingUnitAccountNeedsAnExistingUnit() {
        Response without = expect(
                "app_account",
                () -> admin.post("/api/admin/accounts", account(Map.of("roles", List.of("HANDLING_UNIT")))),
                400,
                "VALIDATION_FAILED",
                "unitId");
        assertThat(without.detail()).isEqualTo("承办单位用户必须选择所属单位");
        expect(
                "app_account",
                () -> admin.post(
                        "/api/admin/accounts",
                        account(Map.of("roles", List.of("HANDLING_UNIT"), "unitId", Long.parseLong(MISSING)))),
                400,
                "VALIDATION_FAILED",
                "unitId");
    }

    @Test
    void theAdministratorRoleCannotBeCombinedWithAnother() {
        Response response = expect(
                "app_account",
                () -> admin.post("/api/admin/accounts", account(Map.of("roles", List.of("ADMIN", "MEMBER")))),
                400,
                "VALIDATION_FAILED",
                "roles");
        assertThat(response.detail()).isEqualTo("系统管理员账户不能兼任其他角色");
    }

    @Test
    void accountCreationRefusesAPasswordThatBreaksThePolicy() {
        String username = Unique.username("val");
        for (String password : List.of("Ab1", "abcdefghijk", "12345678901", "x" + username + "1", "a1".repeat(33))) {
            Response response = expect(
                    "app_account",
                    () -> admin.post(
                            "/api/admin/accounts", account(Map.of("username", username, "password", password))),
                    400,
                    "PASSWORD_POLICY",
                    "password");
            assertThat(response.detail()).as(password).contains("密码须为8至64个字符");
        }
    }

    @Test
    void aUsernameIsTakenOnlyOnce() {
        Response response = expect(
                "app_account",
                () -> admin.post("/api/admin/accounts", account(Map.of("username", "wy001"))),
                409,
                "DUPLICATE",
                "username");
        assertThat(response.detail()).contains("wy001");
    }

    @Test
    void accountUpdateRefusesBadInputAndChangesNothing() {
        long id = createAccount();
        String path = "/api/admin/accounts/" + id;
        Map<String, Object> valid = Map.of("displayName", "改后", "roles", List.of("LEADER"), "enabled", true);

        expect("app_account", () -> admin.put("/api/admin/accounts/" + MISSING, valid), 404, "NOT_FOUND");
        expect("app_account", () -> admin.put(path, "{}"), 400, "VALIDATION_FAILED", "displayName", "roles", "enabled");
        expect(
                "app_account",
                () -> admin.put(path, with(valid, "displayName", "名".repeat(51))),
                400,
                "VALIDATION_FAILED",
                "displayName");
        expect(
                "app_account",
                () -> admin.put(path, with(valid, "roles", List.of("ADMIN", "LEADER"))),
                400,
                "VALIDATION_FAILED",
                "roles");
        expect(
                "app_account",
                () -> admin.put(path, with(valid, "roles", List.of("HANDLING_UNIT"))),
                400,
                "VALIDATION_FAILED",
                "unitId");
        expectUnknownValue("app_account", () -> admin.put(path, with(valid, "roles", List.of("FOO"))), "roles");
        expect("app_account", () -> admin.put(path, "{\"displayName\":"), 400, "MALFORMED_REQUEST");
        expect("app_account", () -> admin.put("/api/admin/accounts/abc", valid), 400, "VALIDATION_FAILED", "id");

        JsonNode unchanged = admin.get(path).expectStatus(200).json();
        assertThat(unchanged.get("displayName").asString()).isEqualTo("校验测试");
        assertThat(unchanged.get("roles").valueStream().map(JsonNode::asString).toList())
                .containsExactly("RESIDENT");
        assertThat(unchanged.get("enabled").asBoolean()).isTrue();
    }

    @Test
    void passwordResetRefusesBadInputAndKeepsTheOldPassword() {
        long id = createAccount();
        String username = jdbc.queryForObject("SELECT username FROM app_account WHERE id = ?", String.class, id);
        String hash = passwordHash(id);
        String path = "/api/admin/accounts/" + id + "/password";

        expect("app_account", () -> admin.post(path, "{}"), 400, "VALIDATION_FAILED", "password");
        expect("app_account", () -> admin.post(path, Map.of("password", "")), 400, "VALIDATION_FAILED", "password");
        expect("app_account", () -> admin.post(path, Map.of("password", "short1")), 400, "PASSWORD_POLICY", "password");
        expect(
                "app_account",
                () -> admin.post(path, Map.of("password", "nodigitsatall")),
                400,
                "PASSWORD_POLICY",
                "password");
        expect(
                "app_account",
                () -> admin.post(path, Map.of("password", username + "2026")),
                400,
                "PASSWORD_POLICY",
                "password");
        expect(
                "app_account",
                () -> admin.post("/api/admin/accounts/" + MISSING + "/password", Map.of("password", "Fresh2026pw")),
                404,
                "NOT_FOUND");
        expect("app_account", () -> admin.post(path, "{\"password\""), 400, "MALFORMED_REQUEST");

        assertThat(passwordHash(id)).isEqualTo(hash);
        anonymous().login(username, PASSWORD).expectStatus(200);
    }

    @Test
    void unlockingAnUnknownAccountIsNotFound() {
        expect("app_account", () -> admin.post("/api/admin/accounts/" + MISSING + "/unlock", null), 404, "NOT_FOUND");
    }

    // --- sectors ---

    @Test
    void sectorCreationRefusesBadInput() {
        expect(
                "sector",
                () -> admin.post("/api/admin/sectors", "{}"),
                400,
                "VALIDATION_FAILED",
                "code",
                "name",
                "sortOrder",
                "enabled");
        expect(
                "sector",
                () -> admin.post("/api/admin/sectors", sector(Map.of("code", "  ", "name", " "))),
                400,
                "VALIDATION_FAILED",
                "code",
                "name");
        expect(
                "sector",
                () -> admin.post("/api/admin/sectors", sector(Map.of("code", "C".repeat(33)))),
                400,
                "VALIDATION_FAILED",
                "code");
        expect(
                "sector",
                () -> admin.post("/api/admin/sectors", sector(Map.of("name", "界".repeat(101)))),
                400,
                "VALIDATION_FAILED",
                "name");
        expect(
                "sector",
                () -> admin.post("/api/admin/sectors", sector(Map.of("code", "A B!"))),
                400,
                "VALIDATION_FAILED",
                "code");
        expect(
                "sector",
                () -> admin.post("/api/admin/sectors", sector(Map.of("sortOrder", -1))),
                400,
                "VALIDATION_FAILED",
                "sortOrder");
        expect(
                "sector",
                () -> admin.post("/api/admin/sectors", sector(Map.of("sortOrder", 10000))),
                400,
                "VALIDATION_FAILED",
                "sortOrder");
        expect(
                "sector",
                () -> admin.post("/api/admin/sectors", sector(Map.of("sortOrder", "first"))),
                400,
                "VALIDATION_FAILED",
                "sortOrder");
        expect("sector", () -> admin.post("/api/admin/sectors", "{\"code\": \"X\", "), 400, "MALFORMED_REQUEST");
        expect("sector", () -> admin.post("/api/admin/sectors", "[1, 2]"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void sectorCodesAreUnique() {
        Response response = expect(
                "sector",
                () -> admin.post("/api/admin/sectors", sector(Map.of("code", "S01"))),
                409,
                "DUPLICATE",
                "code");
        assertThat(response.detail()).contains("S01");
    }

    @Test
    void theLengthLimitsThemselvesAreAccepted() {
        String code = (Unique.code("L") + "0".repeat(32)).substring(0, 32);
        long before = count("sector");

        JsonNode created = admin.post("/api/admin/sectors", sector(Map.of("code", code, "name", "界".repeat(100))))
                .expectStatus(201)
                .json();

        assertThat(created.get("code").asString()).isEqualTo(code);
        assertThat(created.get("name").asString()).hasSize(100);
        assertThat(count("sector")).isEqualTo(before + 1);
    }

    @Test
    void sectorUpdateRefusesBadInputAndChangesNothing() {
        JsonNode sector = admin.post("/api/admin/sectors", sector(Map.of()))
                .expectStatus(201)
                .json();
        String path = "/api/admin/sectors/" + sector.get("id").asLong();

        expect("sector", () -> admin.put("/api/admin/sectors/" + MISSING, sector(Map.of())), 404, "NOT_FOUND");
        expect("sector", () -> admin.put(path, sector(Map.of("code", "S02"))), 409, "DUPLICATE", "code");
        expect("sector", () -> admin.put(path, sector(Map.of("name", ""))), 400, "VALIDATION_FAILED", "name");
        expect(
                "sector",
                () -> admin.put(path, sector(Map.of("code", "C".repeat(33)))),
                400,
                "VALIDATION_FAILED",
                "code");
        expect("sector", () -> admin.put(path, "{"), 400, "MALFORMED_REQUEST");

        assertThat(admin.get("/api/admin/sectors?keyword=" + sector.get("code").asString())
                        .expectStatus(200)
                        .json()
                        .get("items")
                        .get(0))
                .isEqualTo(sector);
    }

    // --- handling units ---

    @Test
    void unitCreationRefusesBadInput() {
        expect(
                "handling_unit",
                () -> admin.post("/api/admin/units", "{}"),
                400,
                "VALIDATION_FAILED",
                "code",
                "name",
                "kind",
                "enabled");
        Response kind = expect(
                "handling_unit",
                () -> admin.post("/api/admin/units", unit(Map.of("kind", "FOO"))),
                400,
                "VALIDATION_FAILED",
                "kind");
        assertThat(kind.detail()).contains("kind");
        expect(
                "handling_unit",
                () -> admin.post("/api/admin/units", unit(Map.of("code", "U".repeat(33)))),
                400,
                "VALIDATION_FAILED",
                "code");
        expect(
                "handling_unit",
                () -> admin.post("/api/admin/units", unit(Map.of("name", "局".repeat(101)))),
                400,
                "VALIDATION_FAILED",
                "name");
        expect(
                "handling_unit",
                () -> admin.post("/api/admin/units", unit(Map.of("contactName", "人".repeat(51)))),
                400,
                "VALIDATION_FAILED",
                "contactName");
        expect(
                "handling_unit",
                () -> admin.post("/api/admin/units", unit(Map.of("contactPhone", "phone"))),
                400,
                "VALIDATION_FAILED",
                "contactPhone");
        expect(
                "handling_unit",
                () -> admin.post("/api/admin/units", "{\"kind\": DEPARTMENT}"),
                400,
                "MALFORMED_REQUEST");
    }

    @Test
    void unitCodesAreUnique() {
        expect(
                "handling_unit",
                () -> admin.post("/api/admin/units", unit(Map.of("code", "FGJ"))),
                409,
                "DUPLICATE",
                "code");
    }

    @Test
    void unitUpdateRefusesBadInputAndChangesNothing() {
        JsonNode unit =
                admin.post("/api/admin/units", unit(Map.of())).expectStatus(201).json();
        String path = "/api/admin/units/" + unit.get("id").asLong();

        expect("handling_unit", () -> admin.put("/api/admin/units/" + MISSING, unit(Map.of())), 404, "NOT_FOUND");
        expect("handling_unit", () -> admin.put(path, unit(Map.of("code", "JYJ"))), 409, "DUPLICATE", "code");
        expect("handling_unit", () -> admin.put(path, unit(Map.of("kind", "FOO"))), 400, "VALIDATION_FAILED", "kind");
        expect("handling_unit", () -> admin.put(path, unit(Map.of("name", ""))), 400, "VALIDATION_FAILED", "name");

        assertThat(admin.get("/api/admin/units?keyword=" + unit.get("code").asString())
                        .expectStatus(200)
                        .json()
                        .get("items")
                        .get(0))
                .isEqualTo(unit);
    }

    // --- workstations ---

    @Test
    void workstationCreationRefusesBadInput() {
        expect(
                "workstation",
                () -> admin.post("/api/admin/workstations", "{}"),
                400,
                "VALIDATION_FAILED",
                "name",
                "kind",
                "subdistrictId",
                "enabled");
        expect(
                "workstation",
                () -> admin.post("/api/admin/workstations", station(Map.of("kind", "FOO"))),
                400,
                "VALIDATION_FAILED",
                "kind");
        expect(
                "workstation",
                () -> admin.post("/api/admin/workstations", station(Map.of("name", "站".repeat(101)))),
                400,
                "VALIDATION_FAILED",
                "name");
        expect(
                "workstation",
                () -> admin.post("/api/admin/workstations", station(Map.of("address", "址".repeat(201)))),
                400,
                "VALIDATION_FAILED",
                "address");
        expect(
                "workstation",
                () -> admin.post("/api/admin/workstations", station(Map.of("subdistrictId", Long.parseLong(MISSING)))),
                400,
                "VALIDATION_FAILED",
                "subdistrictId");
        expect("workstation", () -> admin.post("/api/admin/workstations", "{\"name\": }"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void aRoomNeedsACommunityOfItsOwnSubdistrict() {
        long subdistrict = subdistrictWithCommunities();
        long otherCommunity =
                jdbc.queryForObject("SELECT MIN(id) FROM community WHERE subdistrict_id <> ?", Long.class, subdistrict);

        Response noCommunity = expect(
                "workstation",
                () -> admin.post(
                        "/api/admin/workstations", station(Map.of("kind", "ROOM", "subdistrictId", subdistrict))),
                400,
                "VALIDATION_FAILED",
                "communityId");
        assertThat(noCommunity.detail()).isEqualTo("委员工作室必须选择所在社区");
        Response elsewhere = expect(
                "workstation",
                () -> admin.post(
                        "/api/admin/workstations",
                        station(Map.of("kind", "ROOM", "subdistrictId", subdistrict, "communityId", otherCommunity))),
                400,
                "VALIDATION_FAILED",
                "communityId");
        assertThat(elsewhere.detail()).isEqualTo("所在社区不属于所选街道");
        expect(
                "workstation",
                () -> admin.post(
                        "/api/admin/workstations",
                        station(Map.of(
                                "kind", "ROOM", "subdistrictId", subdistrict, "communityId", Long.parseLong(MISSING)))),
                400,
                "VALIDATION_FAILED",
                "communityId");
        // A station given a community of another subdistrict is refused just the same.
        expect(
                "workstation",
                () -> admin.post(
                        "/api/admin/workstations",
                        station(Map.of("subdistrictId", subdistrict, "communityId", otherCommunity))),
                400,
                "VALIDATION_FAILED",
                "communityId");
    }

    @Test
    void workstationNamesAreUnique() {
        String taken = jdbc.queryForObject("SELECT MIN(name) FROM workstation", String.class);
        expect(
                "workstation",
                () -> admin.post("/api/admin/workstations", station(Map.of("name", taken))),
                409,
                "DUPLICATE",
                "name");
        expect(
                "workstation",
                () -> admin.post("/api/admin/workstations", station(Map.of("name", "  " + taken + " "))),
                409,
                "DUPLICATE",
                "name");
    }

    @Test
    void workstationUpdateRefusesBadInputAndChangesNothing() {
        JsonNode station = admin.post("/api/admin/workstations", station(Map.of()))
                .expectStatus(201)
                .json();
        String path = "/api/admin/workstations/" + station.get("id").asLong();
        String taken = jdbc.queryForObject("SELECT MIN(name) FROM workstation", String.class);

        expect(
                "workstation",
                () -> admin.put("/api/admin/workstations/" + MISSING, station(Map.of())),
                404,
                "NOT_FOUND");
        expect("workstation", () -> admin.put(path, station(Map.of("name", taken))), 409, "DUPLICATE", "name");
        expect(
                "workstation",
                () -> admin.put(path, station(Map.of("kind", "ROOM"))),
                400,
                "VALIDATION_FAILED",
                "communityId");
        expect("workstation", () -> admin.put(path, station(Map.of("kind", "FOO"))), 400, "VALIDATION_FAILED", "kind");

        JsonNode unchanged = admin.get(
                        "/api/admin/workstations?keyword=" + station.get("name").asString())
                .expectStatus(200)
                .json()
                .get("items")
                .get(0);
        assertThat(unchanged).isEqualTo(station);
    }

    // --- holidays ---

    @Test
    void holidayCreationRefusesBadInput() {
        expect(
                "holiday",
                () -> admin.post("/api/admin/holidays", "{}"),
                400,
                "VALIDATION_FAILED",
                "day",
                "kind",
                "name");
        expect(
                "holiday",
                () -> admin.post("/api/admin/holidays", holiday(Map.of("kind", "FOO"))),
                400,
                "VALIDATION_FAILED",
                "kind");
        expect(
                "holiday",
                () -> admin.post("/api/admin/holidays", holiday(Map.of("day", "2091-13-45"))),
                400,
                "VALIDATION_FAILED",
                "day");
        expect(
                "holiday",
                () -> admin.post("/api/admin/holidays", holiday(Map.of("day", "next monday"))),
                400,
                "VALIDATION_FAILED",
                "day");
        expect(
                "holiday",
                () -> admin.post("/api/admin/holidays", holiday(Map.of("name", "节".repeat(51)))),
                400,
                "VALIDATION_FAILED",
                "name");
        expect(
                "holiday",
                () -> admin.post("/api/admin/holidays", holiday(Map.of("name", "   "))),
                400,
                "VALIDATION_FAILED",
                "name");
        expect(
                "holiday",
                () -> admin.post("/api/admin/holidays", "{\"day\": \"2091-01-01\""),
                400,
                "MALFORMED_REQUEST");
    }

    @Test
    void aDayIsDeclaredOnlyOnce() {
        Response response = expect(
                "holiday",
                () -> admin.post("/api/admin/holidays", holiday(Map.of("day", "2026-10-01"))),
                409,
                "DUPLICATE",
                "day");
        assertThat(response.detail()).contains("2026-10-01");
    }

    @Test
    void holidayUpdateAndDeleteRefuseBadInput() {
        long id = jdbc.queryForObject("SELECT id FROM holiday WHERE holiday_date = DATE '2026-05-01'", Long.class);
        String path = "/api/admin/holidays/" + id;

        expect("holiday", () -> admin.put("/api/admin/holidays/" + MISSING, holiday(Map.of())), 404, "NOT_FOUND");
        expect("holiday", () -> admin.put(path, holiday(Map.of("day", "2026-10-01"))), 409, "DUPLICATE", "day");
        expect("holiday", () -> admin.put(path, holiday(Map.of("kind", "FOO"))), 400, "VALIDATION_FAILED", "kind");
        expect("holiday", () -> admin.put(path, "{}"), 400, "VALIDATION_FAILED", "day", "kind", "name");
        expect("holiday", () -> admin.delete("/api/admin/holidays/" + MISSING), 404, "NOT_FOUND");

        assertThat(jdbc.queryForObject("SELECT name FROM holiday WHERE id = ?", String.class, id))
                .isEqualTo("劳动节");
    }

    // --- hostile text ---

    @Test
    void hostileTextIsStoredAndReturnedVerbatim() {
        for (String name : List.of("<script>alert(1)</script>", "'; DROP TABLE sector; --", "\" OR 1=1 -- \\ %_")) {
            long before = count("sector");

            Response created = admin.post("/api/admin/sectors", sector(Map.of("name", name)))
                    .expectStatus(201);

            assertThat(created.contentType()).startsWith("application/json");
            assertThat(created.json().get("name").asString()).isEqualTo(name);
            long id = created.json().get("id").asLong();
            assertThat(jdbc.queryForObject("SELECT name FROM sector WHERE id = ?", String.class, id))
                    .isEqualTo(name);
            assertThat(count("sector")).isEqualTo(before + 1);
            Response listed = admin.get("/api/organisation/sectors").expectStatus(200);
            assertThat(listed.contentType()).startsWith("application/json");
            assertThat(listed.json()
                            .valueStream()
                            .map(s -> s.get("name").asString())
                            .toList())
                    .contains(name);
        }
    }

    @Test
    void hostileSearchKeywordsAreOnlyText() {
        long all = count("sector");
        for (String keyword : List.of("' OR '1'='1", "%' OR 1=1 -- ", "%", "_")) {
            JsonNode page = admin.get("/api/admin/sectors?size=100&keyword=" + encode(keyword))
                    .expectStatus(200)
                    .json();
            long expected = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM sector WHERE INSTR(code, ?) > 0 OR INSTR(name, ?) > 0",
                    Long.class,
                    keyword,
                    keyword);
            assertThat(page.get("total").asLong())
                    .as(keyword)
                    .isEqualTo(expected)
                    .isLessThan(all);
        }
        assertThat(count("sector")).isEqualTo(all);
    }

    // --- helpers ---

    /** Calls, then checks the refusal: status, code, exactly these fields, Chinese text, and no row written. */
    private Response expect(String table, Supplier<Response> call, int status, String code, String... fields) {
        long before = count(table);
        Response response = call.get();
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.code()).as(response.body()).isEqualTo(code);
        assertThat(new LinkedHashSet<>(response.fields())).as(response.body()).containsExactlyInAnyOrder(fields);
        assertThat(response.detail()).as("Chinese detail").containsPattern("\\p{IsHan}");
        response.json()
                .get("errors")
                .forEach(error -> assertThat(error.get("message").asString())
                        .as("Chinese field message")
                        .containsPattern("\\p{IsHan}"));
        assertThat(count(table)).as("rows in %s", table).isEqualTo(before);
        return response;
    }

    /**
     * A value outside an enum inside a list: the field is named with its position (today "roles.[0]"),
     * which the form can still match to its roles control.
     */
    private void expectUnknownValue(String table, Supplier<Response> call, String field) {
        long before = count(table);
        Response response = call.get();
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.fields()).singleElement().asString().startsWith(field);
        assertThat(response.detail()).containsPattern("\\p{IsHan}").contains(field);
        assertThat(count(table)).isEqualTo(before);
    }

    private long createAccount() {
        return admin.post("/api/admin/accounts", account(Map.of("roles", List.of("RESIDENT"), "displayName", "校验测试")))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
    }

    private String passwordHash(long id) {
        return jdbc.queryForObject("SELECT password_hash FROM app_account WHERE id = ?", String.class, id);
    }

    private long subdistrictWithCommunities() {
        return jdbc.queryForObject("SELECT MIN(subdistrict_id) FROM community", Long.class);
    }

    private static Map<String, Object> account(Map<String, Object> changes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", Unique.username("val"));
        body.put("displayName", "校验测试");
        body.put("roles", List.of("LEADER"));
        body.put("password", PASSWORD);
        body.putAll(changes);
        return body;
    }

    private static Map<String, Object> sector(Map<String, Object> changes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", Unique.code("V"));
        body.put("name", "校验界别" + Unique.token());
        body.put("sortOrder", 50);
        body.put("enabled", true);
        body.putAll(changes);
        return body;
    }

    private static Map<String, Object> unit(Map<String, Object> changes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", Unique.code("V"));
        body.put("name", "校验单位" + Unique.token());
        body.put("kind", "DEPARTMENT");
        body.put("contactName", "联系人");
        body.put("contactPhone", "0731-85609999");
        body.put("enabled", true);
        body.putAll(changes);
        return body;
    }

    private Map<String, Object> station(Map<String, Object> changes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "校验工作站" + Unique.token());
        body.put("kind", "STATION");
        body.put("subdistrictId", jdbc.queryForObject("SELECT MIN(id) FROM subdistrict", Long.class));
        body.put("address", "校验路1号");
        body.put("enabled", true);
        body.putAll(changes);
        return body;
    }

    private static Map<String, Object> holiday(Map<String, Object> changes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("day", "2091-01-01");
        body.put("kind", "HOLIDAY");
        body.put("name", "校验节");
        body.putAll(changes);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> body = new HashMap<>(base);
        body.put(key, value);
        return body;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
