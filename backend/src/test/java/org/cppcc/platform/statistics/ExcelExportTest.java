package org.cppcc.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The .xlsx downloads, opened with POI: the same figures and rows as the screen with the same filters, typed cells,
 * and a unit's export limited to its own.
 */
class ExcelExportTest extends IntegrationTest {

    @Test
    void theBoardExportHoldsTheBoardsFiguresAsNumbers() throws Exception {
        ApiClient office = loginAs("tab01");
        JsonNode board =
                office.get("/api/statistics/proposals").expectStatus(200).json();
        try (XSSFWorkbook book = download(office, "/api/statistics/proposals/export")) {
            assertThat(book.getSheet("合计")).isNotNull();
            Sheet categories = book.getSheet("按类别");
            assertThat(header(categories)).startsWith("类别", "提交", "立案");
            assertThat(categories.getLastRowNum())
                    .isEqualTo(board.get("categories").size());
            Row total = book.getSheet("合计").getRow(1);
            assertThat(total.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) total.getCell(1).getNumericCellValue())
                    .isEqualTo(board.get("totals").get("submitted").asLong());
            assertThat((long) total.getCell(2).getNumericCellValue())
                    .isEqualTo(board.get("totals").get("registered").asLong());
            Sheet units = book.getSheet("按承办单位");
            assertThat(header(units)).startsWith("承办单位", "承办方式", "承办");
            assertThat(units.getLastRowNum()).isEqualTo(board.get("units").size());
        }
    }

    @Test
    void aDrillDownExportIsTheListBehindTheFigureWithRealDates() throws Exception {
        ApiClient office = loginAs("tab01");
        long total = office.get("/api/statistics/proposals/list?figure=REGISTERED")
                .expectStatus(200)
                .json()
                .get("total")
                .asLong();
        assertThat(total).isPositive();
        try (XSSFWorkbook book = download(office, "/api/statistics/proposals/list/export?figure=REGISTERED")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(header(sheet)).containsExactly("提案号", "标题", "类别", "状态", "提交日期", "办理轮次");
            assertThat(sheet.getLastRowNum()).isEqualTo(total);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
        }
        assertThat(office.get("/api/statistics/proposals/list/export").status()).isEqualTo(400);
    }

    @Test
    void theProposalListExportAppliesTheScreensFilters() throws Exception {
        ApiClient office = loginAs("tab01");
        JsonNode list = office.get("/api/proposals?state=REFUSED&size=100")
                .expectStatus(200)
                .json();
        assertThat(list.get("total").asLong()).isPositive();
        try (XSSFWorkbook book = download(office, "/api/proposals/export?state=REFUSED")) {
            Sheet sheet = book.getSheetAt(0);
            List<String> headers = header(sheet);
            int state = headers.indexOf("状态");
            assertThat(sheet.getLastRowNum()).isEqualTo(list.get("total").asLong());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(state).getStringCellValue()).isEqualTo("不予立案");
            }
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(headers.indexOf("提交时间"))))
                    .isTrue();
        }
    }

    @Test
    void aUnitExportsOnlyItsOwn() throws Exception {
        ApiClient jyj = loginAs("jyj");
        long own = jyj.get("/api/proposals?size=100")
                .expectStatus(200)
                .json()
                .get("total")
                .asLong();
        try (XSSFWorkbook book = download(jyj, "/api/proposals/export")) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(own);
        }
        try (XSSFWorkbook book = download(jyj, "/api/statistics/proposals/export")) {
            Sheet units = book.getSheet("按承办单位");
            for (int r = 1; r <= units.getLastRowNum(); r++) {
                assertThat(units.getRow(r).getCell(0).getStringCellValue()).isEqualTo("区教育局");
            }
        }
        long other = unitId(jdbc, "FGJ");
        assertThat(jyj.download("/api/statistics/proposals/export?unitId=" + other)
                        .status())
                .isEqualTo(403);
        assertThat(jyj.download("/api/statistics/proposals/list/export?figure=ASSIGNED&role=LEAD&unitId=" + other)
                        .status())
                .isEqualTo(403);
        assertThat(jyj.download("/api/statistics/matters/export").status()).isEqualTo(403);
    }

    @Test
    void theMatterExportsFollowTheirScreens() throws Exception {
        ApiClient office = loginAs("tab01");
        long matters = office.get("/api/consultation/matters?size=100")
                .expectStatus(200)
                .json()
                .get("total")
                .asLong();
        try (XSSFWorkbook book = download(office, "/api/consultation/matters/export")) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(matters);
            assertThat(header(book.getSheetAt(0))).contains("事项", "工作站(室)", "状态", "提出时间");
        }
        JsonNode board = office.get("/api/statistics/matters").expectStatus(200).json();
        try (XSSFWorkbook book = download(office, "/api/statistics/matters/export")) {
            assertThat(book.getSheet("按站室").getLastRowNum())
                    .isEqualTo(board.get("stations").size());
        }
        long raised = office.get("/api/statistics/matters/list?figure=RAISED")
                .expectStatus(200)
                .json()
                .get("total")
                .asLong();
        try (XSSFWorkbook book = download(office, "/api/statistics/matters/list/export?figure=RAISED")) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(raised);
        }
    }

    private static XSSFWorkbook download(ApiClient client, String path) throws Exception {
        ApiClient.Download file = client.download(path);
        assertThat(file.status()).as(path).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("application/vnd.openxmlformats");
        assertThat(file.header("Content-Disposition")).contains(".xlsx");
        return new XSSFWorkbook(new ByteArrayInputStream(file.body()));
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }
}
