package org.cppcc.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.cppcc.platform.support.RosterXlsx;
import org.cppcc.platform.support.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The import endpoints: template, dry run, the all-or-nothing import, and hostile files. */
class RosterImportTest extends IntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ApiClient admin;
    private String sector;
    private String workstation;

    @BeforeEach
    void setUp() {
        admin = loginAs("admin");
        sector = jdbc.queryForObject("SELECT MIN(name) FROM sector WHERE enabled = TRUE", String.class);
        workstation = jdbc.queryForObject("SELECT MIN(name) FROM workstation WHERE enabled = TRUE", String.class);
    }

    @Test
    void theTemplateHasASheetPerKindTheExplanationAndTheSectors() throws IOException {
        ApiClient.Download template = admin.download("/api/admin/imports/template");

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Type")).startsWith(XLSX);
        assertThat(template.header("Content-Disposition")).contains("attachment");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("说明");
            assertThat(workbook.getSheet("委员").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("姓名*");
            assertThat(workbook.getSheet("承办单位")).isNotNull();
            assertThat(workbook.getSheet("账户")).isNotNull();
            Sheet dictionary = workbook.getSheet("字典");
            List<String> sectors = new ArrayList<>();
            dictionary.forEach(row -> {
                if (row.getCell(0) != null) {
                    sectors.add(row.getCell(0).getStringCellValue());
                }
            });
            assertThat(sectors).contains("界别", sector);
        }
        // The template itself, filled with nothing, is a valid (empty) import.
        Response dryRun = admin.upload("/api/admin/imports/dry-run", "模板.xlsx", XLSX, template.body())
                .expectStatus(200);
        assertThat(dryRun.json().get("problems")).isEmpty();
    }

    @Test
    void aDryRunListsEveryProblemAndWritesNothing() {
        String taken = "wy002";
        byte[] file = new RosterXlsx()
                .members()
                .row("委员", "好委员", "女", sector, "区政协委员", null, null, null, "13800000000", null, null, null)
                .row("委员", "坏委员", null, "无此界别", "省政协委员", null, null, null, "12ab", null, "无此工作站", taken)
                .row("委员", null, null, sector, "区政协委员")
                .bytes();
        String before = snapshot();

        Response report = admin.upload("/api/admin/imports/dry-run", "名册.xlsx", XLSX, file)
                .expectStatus(200);

        assertThat(report.json().get("members").asInt()).isEqualTo(1);
        List<String> problems = problems(report.json());
        assertThat(problems)
                .containsExactly(
                        "委员/3/界别/界别「无此界别」不存在或已停用，可选值见模板「字典」表",
                        "委员/3/委员类别/委员类别须为「区政协委员」或「市政协委员」，不能是「省政协委员」",
                        "委员/3/联系电话/「联系电话」格式不正确：「12ab」，须为5至20位数字（可含+和-）",
                        "委员/3/工作站(室)/工作站(室)「无此工作站」不存在或已停用",
                        "委员/3/登录用户名/用户名「wy002」已被系统中的账户使用",
                        "委员/4/姓名/「姓名」不能为空");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theImportCreatesUnitsAccountsMembersAndLeadersWithTheirHistory() {
        String t = Unique.token();
        String unitCode = "IMP" + t;
        byte[] file = new RosterXlsx()
                .units()
                .row(
                        "承办单位",
                        unitCode,
                        "导入测试局" + t,
                        "政府部门",
                        "联系人" + t,
                        "010-5550000",
                        "c" + t,
                        "领导" + t,
                        "l" + t,
                        "13900000000")
                .members()
                .row(
                        "委员",
                        "导入委员甲",
                        "男",
                        sector,
                        "市政协委员",
                        "经济委",
                        "民盟",
                        "某公司",
                        "13800000001",
                        "a" + t + "@example.org",
                        workstation,
                        "M" + t)
                .row("委员", "导入委员乙", null, sector, "区政协委员")
                .accounts()
                .row("账户", "o" + t, "办公室" + t, "提案委")
                .row("账户", "u" + t, "经办人" + t, "承办单位", unitCode)
                .bytes();

        Response result = admin.upload("/api/admin/imports", "名册" + t + ".xlsx", XLSX, file)
                .expectStatus(201);

        assertThat(result.header("Cache-Control")).contains("no-store");
        JsonNode json = result.json();
        assertThat(json.get("members").asInt()).isEqualTo(2);
        assertThat(json.get("units").asInt()).isEqualTo(1);
        assertThat(json.get("accounts").asInt()).isEqualTo(5);
        long importId = json.get("importId").asLong();
        String memberPassword = null;
        for (JsonNode login : json.get("logins")) {
            if (login.get("username").asString().equals("m" + t)) {
                memberPassword = login.get("password").asString();
            }
        }
        assertThat(memberPassword).isNotNull().hasSize(12);

        long unitId = jdbc.queryForObject("SELECT id FROM handling_unit WHERE code = ?", Long.class, unitCode);
        Long leader = jdbc.queryForObject(
                "SELECT a.id FROM app_account a JOIN supervision_unit_leader l ON l.account_id = a.id "
                        + "WHERE l.unit_id = ?",
                Long.class,
                unitId);
        assertThat(jdbc.queryForObject("SELECT username FROM app_account WHERE id = ?", String.class, leader))
                .isEqualTo("l" + t);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM app_account WHERE unit_id = ? AND username IN (?, ?, ?)",
                        Long.class,
                        unitId,
                        "c" + t,
                        "l" + t,
                        "u" + t))
                .isEqualTo(3L);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM roster_import_item WHERE import_id = ?", Long.class, importId))
                .isEqualTo(8L);
        assertThat(jdbc.queryForObject("SELECT file_name FROM roster_import WHERE id = ?", String.class, importId))
                .isEqualTo("名册" + t + ".xlsx");
        long memberId = jdbc.queryForObject(
                "SELECT m.id FROM member m JOIN app_account a ON a.id = m.account_id WHERE a.username = ?",
                Long.class,
                "m" + t);
        JsonNode history = admin.get("/api/admin/members/" + memberId + "/history")
                .expectStatus(200)
                .json();
        assertThat(history.get(0).get("action").asString()).isEqualTo("IMPORTED");
        assertThat(history.get(0).get("detail").asString()).contains("名册" + t + ".xlsx", "导入批次" + importId);
        assertThat(history.get(0).get("actorName").asString()).isNotBlank();
        JsonNode member =
                admin.get("/api/admin/members/" + memberId).expectStatus(200).json();
        assertThat(member.get("specialCommittee").asString()).isEqualTo("经济委");
        assertThat(member.get("workstationName").asString()).isEqualTo(workstation);

        // The member signs in with the generated password, stored at bcrypt's lowest cost (random, not chosen).
        assertThat(passwordHash("m" + t)).startsWith("$2a$04$");
        ApiClient member1 = anonymous();
        member1.login("m" + t, memberPassword).expectStatus(200);
        assertThat(member1.get("/api/auth/me")
                        .expectStatus(200)
                        .json()
                        .get("username")
                        .asString())
                .isEqualTo("m" + t);

        // The same file again: everything it names now exists.
        Response again = admin.upload("/api/admin/imports/dry-run", "名册.xlsx", XLSX, file)
                .expectStatus(200);
        assertThat(problems(again.json())).anyMatch(p -> p.contains("单位编码「" + unitCode + "」已存在于系统中"));
    }

    @Test
    void oneBadRowAtTheEndWritesNothing() {
        String t = Unique.token();
        RosterXlsx xlsx = new RosterXlsx()
                .units()
                .row("承办单位", "AON" + t, "全有全无局" + t, "其他", "联系人", null, "c" + t)
                .members();
        for (int i = 0; i < 50; i++) {
            xlsx.row("委员", "委员" + i, null, sector, "区政协委员", null, null, null, null, null, null, "n" + i + t);
        }
        xlsx.row("委员", "最后一行", null, sector, "区政协委员", null, null, null, "电话", null, null, null);
        String before = snapshot();

        Response refused = admin.upload("/api/admin/imports", "名册.xlsx", XLSX, xlsx.bytes())
                .expectStatus(400);

        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(problems(refused.json())).containsExactly("委员/52/联系电话/「联系电话」格式不正确：「电话」，须为5至20位数字（可含+和-）");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void filesThatAreNotXlsxAreRefusedWithAClearError() {
        byte[] xls =
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertFileRefused(
                admin.upload("/api/admin/imports/dry-run", "名册.xls", "application/vnd.ms-excel", xls), "xlsx");
        assertFileRefused(admin.upload("/api/admin/imports/dry-run", "名册.xlsx", XLSX, xls), "xlsx");
        assertFileRefused(
                admin.upload(
                        "/api/admin/imports/dry-run",
                        "名册.xlsx",
                        XLSX,
                        "姓名,界别\n张三,经济界\n".getBytes(StandardCharsets.UTF_8)),
                "xlsx");
        assertFileRefused(admin.upload("/api/admin/imports/dry-run", "空.xlsx", XLSX, new byte[0]), "空");
    }

    @Test
    void aFileTooLargeOrWithTooManyRowsIsRefused() {
        byte[] large = new byte[6 * 1024 * 1024];
        large[0] = 'P';
        large[1] = 'K';
        assertFileRefused(admin.upload("/api/admin/imports/dry-run", "大.xlsx", XLSX, large), "5MB");

        RosterXlsx many = new RosterXlsx().members();
        for (int i = 0; i < 10_001; i++) {
            many.row("委员", "委员" + i, null, sector, "区政协委员");
        }
        assertFileRefused(admin.upload("/api/admin/imports/dry-run", "多.xlsx", XLSX, many.bytes()), "10000");
    }

    @Test
    void aZipBombIsRefusedAndFormulasAreNeverEvaluated() throws IOException {
        byte[] bomb = inflateSheet(new RosterXlsx().members().row("委员", "甲").bytes(), 60 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertFileRefused(admin.upload("/api/admin/imports/dry-run", "炸弹.xlsx", XLSX, bomb), "压缩炸弹");

        byte[] formula;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("委员");
            String[] header = {"姓名*", "界别*", "委员类别*"};
            sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                sheet.getRow(0).createCell(i).setCellValue(header[i]);
            }
            sheet.createRow(1).createCell(0).setCellFormula("WEBSERVICE(\"http://127.0.0.1:1/\")");
            sheet.getRow(1).createCell(1).setCellValue(sector);
            sheet.getRow(1).createCell(2).setCellValue("区政协委员");
            workbook.write(out);
            formula = out.toByteArray();
        }
        Response report = admin.upload("/api/admin/imports/dry-run", "公式.xlsx", XLSX, formula)
                .expectStatus(200);
        assertThat(problems(report.json())).contains("委员/2/姓名/单元格含公式，请复制后“粘贴为数值”");
    }

    @Test
    void onlyTheAdministratorImports() {
        byte[] file = new RosterXlsx().members().bytes();
        loginAs("tab01")
                .upload("/api/admin/imports/dry-run", "名册.xlsx", XLSX, file)
                .expectStatus(403);
        loginAs("tab01").upload("/api/admin/imports", "名册.xlsx", XLSX, file).expectStatus(403);
    }

    private static void assertFileRefused(Response response, String messagePart) {
        response.expectStatus(400);
        assertThat(response.fields()).containsExactly("file");
        assertThat(response.detail()).contains(messagePart);
    }

    /** The same workbook with its first sheet padded by {@code bytes} of whitespace: tiny compressed, huge inflated. */
    private static byte[] inflateSheet(byte[] xlsx, int bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("<sheetData");
                    zip.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int written = 0; written < bytes; written += spaces.length) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private String passwordHash(String username) {
        return jdbc.queryForObject("SELECT password_hash FROM app_account WHERE username = ?", String.class, username);
    }

    private static List<String> problems(JsonNode json) {
        List<String> problems = new ArrayList<>();
        json.get("problems")
                .forEach(p -> problems.add(p.get("sheet").asString() + "/"
                        + p.get("row").asInt() + "/" + p.get("column").asString() + "/"
                        + p.get("message").asString()));
        return problems;
    }

    private String snapshot() {
        List<String> parts = new ArrayList<>();
        for (String table : List.of(
                "member",
                "app_account",
                "account_role",
                "handling_unit",
                "organisation_history",
                "supervision_unit_leader",
                "roster_import",
                "roster_import_item")) {
            parts.add(table + "=" + count(table));
        }
        return String.join(", ", parts);
    }
}
