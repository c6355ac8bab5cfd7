package org.cppcc.platform.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Writes {@link XlsxTable}s as one .xlsx workbook: a bold frozen header row of Chinese column names, typed cells,
 * widths from the content. Rows go through POI's streaming SXSSF writer (a window of rows in memory, the rest on
 * disk), so a long list costs little memory; above {@link #MAX_ROWS} rows an export is refused before any is read.
 */
public final class XlsxExport {

    /** The most rows one export writes; a list longer than that is narrowed by its filters first. */
    public static final int MAX_ROWS = 50_000;

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows kept in memory while writing; older rows are flushed to a temporary file. */
    private static final int WINDOW = 200;

    /** Widths are estimated from the header and the first rows only: enough to read, cheap on long lists. */
    private static final int SAMPLED_ROWS = 500;

    private XlsxExport() {}

    /** Refuses (400 EXPORT_TOO_LARGE) an export of more than {@link #MAX_ROWS} rows. */
    public static void checkSize(long rows) {
        if (rows > MAX_ROWS) {
            throw new ApiException(
                    ErrorCode.EXPORT_TOO_LARGE, "共" + rows + "条记录，超过单次导出上限" + MAX_ROWS + "条，请缩小筛选条件后分批导出");
        }
    }

    /** Sends the workbook as a download named {@code fileName} (Chinese allowed). */
    public static void send(HttpServletResponse response, String fileName, List<XlsxTable<?>> tables) {
        for (XlsxTable<?> table : tables) {
            checkSize(table.rows().size());
        }
        response.setContentType(CONTENT_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try {
            write(tables, response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(List<XlsxTable<?>> tables, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Map<XlsxTable.Kind, CellStyle> styles = styles(workbook);
            CellStyle header = headerStyle(workbook);
            for (XlsxTable<?> table : tables) {
                sheet(workbook, table, styles, header);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // Nothing left to release: the temporary files are gone with dispose().
            }
        }
    }

    private static <T> void sheet(
            SXSSFWorkbook workbook, XlsxTable<T> table, Map<XlsxTable.Kind, CellStyle> styles, CellStyle headerStyle) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
        List<XlsxTable.Column<T>> columns = table.columns();
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(headerStyle);
            widths[c] = displayWidth(columns.get(c).header()) + 2;
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (T item : table.rows()) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                XlsxTable.Column<T> column = columns.get(c);
                Object value = column.value().apply(item);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                switch (column.kind()) {
                    case INTEGER, DECIMAL -> cell.setCellValue(((Number) value).doubleValue());
                    case DATE -> cell.setCellValue((LocalDate) value);
                    case DATE_TIME -> cell.setCellValue((LocalDateTime) value);
                    case TEXT -> cell.setCellValue(value.toString());
                }
                cell.setCellStyle(styles.get(column.kind()));
                if (r <= SAMPLED_ROWS) {
                    widths[c] = Math.max(widths[c], width(column.kind(), value));
                }
            }
            r++;
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(widths[c], 60) * 256);
        }
    }

    private static int width(XlsxTable.Kind kind, Object value) {
        return switch (kind) {
            case DATE -> 12;
            case DATE_TIME -> 18;
            case TEXT -> displayWidth(value.toString()) + 2;
            default -> value.toString().length() + 2;
        };
    }

    /** Characters outside Latin-1 (Chinese) take two columns' width. */
    private static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0xFF ? 2 : 1;
        }
        return width;
    }

    private static Map<XlsxTable.Kind, CellStyle> styles(SXSSFWorkbook workbook) {
        Map<XlsxTable.Kind, CellStyle> styles = new EnumMap<>(XlsxTable.Kind.class);
        short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
        short dateTimeFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm");
        short integer = workbook.createDataFormat().getFormat("0");
        short decimal = workbook.createDataFormat().getFormat("0.0");
        styles.put(XlsxTable.Kind.TEXT, workbook.createCellStyle());
        styles.put(XlsxTable.Kind.INTEGER, formatted(workbook, integer));
        styles.put(XlsxTable.Kind.DECIMAL, formatted(workbook, decimal));
        styles.put(XlsxTable.Kind.DATE, formatted(workbook, dateFormat));
        styles.put(XlsxTable.Kind.DATE_TIME, formatted(workbook, dateTimeFormat));
        return styles;
    }

    private static CellStyle formatted(SXSSFWorkbook workbook, short format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        return style;
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
