package org.cppcc.platform.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** The export helper alone: typed cells, Chinese headers, a frozen header row, the row cap. */
class XlsxExportTest {

    record Line(String title, Integer number, Double rate, LocalDate day, LocalDateTime at) {}

    @Test
    void numbersAreNumbersAndDatesAreDates() throws Exception {
        List<Line> lines = List.of(
                new Line("关于加强社区养老服务的建议", 12, 87.5, LocalDate.of(2026, 3, 2), LocalDateTime.of(2026, 3, 2, 9, 30)),
                new Line("空值", null, null, null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(
                List.of(XlsxTable.of("提案", lines)
                        .text("标题", Line::title)
                        .integer("提案号", Line::number)
                        .decimal("办复率(%)", Line::rate)
                        .date("提交日期", Line::day)
                        .dateTime("提交时间", Line::at)),
                out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("提案");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("标题");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("提交日期");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("关于加强社区养老服务的建议");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(12.0);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(87.5);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
            assertThat(first.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 30));
            // An empty value is an empty cell, not "null" or 0.
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(1));
        }
    }

    @Test
    void anExportAboveTheCapIsRefusedWithAStableCode() {
        XlsxExport.checkSize(XlsxExport.MAX_ROWS);
        assertThatThrownBy(() -> XlsxExport.checkSize(XlsxExport.MAX_ROWS + 1L))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.EXPORT_TOO_LARGE))
                .hasMessageContaining("缩小筛选条件");
    }
}
