package org.cppcc.platform.importing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cppcc.platform.shared.error.ApiException;

/**
 * Reads an uploaded .xlsx into rows of text keyed by column header. Hostile files are refused before or while
 * POI opens them: size and row limits, only the OOXML format, zip entries that inflate too far (a zip bomb) or
 * too large, and formulas are reported as problems, never evaluated.
 */
final class RosterWorkbook {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_ROWS = 10_000;

    /** Uncompressed size of any one part (sheet, shared strings): 5,000 rows take about 1 MB. */
    private static final long MAX_ENTRY_BYTES = 40L * 1024 * 1024;

    static {
        // Global to POI in this JVM: nothing else here opens Office files.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    record RawRow(String sheet, int row, Map<String, String> values) {
        String get(String column) {
            return values.get(column);
        }
    }

    record Parsed(Map<String, List<RawRow>> rows, List<ImportProblem> problems) {
        List<RawRow> of(String sheet) {
            return rows.getOrDefault(sheet, List.of());
        }

        int total() {
            return rows.values().stream().mapToInt(List::size).sum();
        }
    }

    private RosterWorkbook() {}

    static Parsed read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw ApiException.invalid("file", "上传的文件是空的");
        }
        if (content.length > MAX_BYTES) {
            throw ApiException.invalid("file", "导入文件不能超过" + MAX_BYTES / 1024 / 1024 + "MB");
        }
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw notXlsx();
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            if (FileMagic.valueOf(in) != FileMagic.OOXML) {
                throw notXlsx();
            }
        } catch (IOException e) {
            throw notXlsx();
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            return read(workbook);
        } catch (ApiException e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw refused(e);
        }
    }

    private static ApiException refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
                return ApiException.invalid("file", "文件解压后过大（疑似压缩炸弹），已拒绝");
            }
            if (t instanceof NotOfficeXmlFileException
                    || t instanceof UnsupportedFileFormatException
                    || t instanceof EmptyFileException) {
                return notXlsx();
            }
        }
        return ApiException.invalid("file", "无法读取该Excel文件，请用模板另存为 .xlsx 后再试");
    }

    private static ApiException notXlsx() {
        return ApiException.invalid("file", "只支持 Excel 2007 及以上的 .xlsx 文件（.xls、.csv 等请另存为 .xlsx）");
    }

    private static Parsed read(XSSFWorkbook workbook) {
        Map<String, List<RawRow>> rows = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        int total = 0;
        for (String name : List.of(RosterSheets.MEMBERS, RosterSheets.UNITS, RosterSheets.ACCOUNTS)) {
            Sheet sheet = workbook.getSheet(name);
            if (sheet == null) {
                continue;
            }
            total += Math.max(0, sheet.getLastRowNum());
            if (total > MAX_ROWS + 1) {
                throw ApiException.invalid("file", "一次最多导入" + MAX_ROWS + "行，请分批导入");
            }
            rows.put(name, readSheet(name, sheet, problems));
        }
        if (rows.isEmpty()) {
            throw ApiException.invalid("file", "文件中没有「委员」「承办单位」或「账户」工作表，请使用下载的模板");
        }
        if (rows.values().stream().mapToInt(List::size).sum() > MAX_ROWS) {
            throw ApiException.invalid("file", "一次最多导入" + MAX_ROWS + "行，请分批导入");
        }
        return new Parsed(rows, problems);
    }

    private static List<RawRow> readSheet(String name, Sheet sheet, List<ImportProblem> problems) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<Integer, String> columns = new HashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                String text = cell.getCellType() == CellType.STRING
                        ? cell.getStringCellValue().strip().replaceAll("\\s*\\*$", "")
                        : "";
                if (!text.isEmpty()) {
                    columns.put(cell.getColumnIndex(), text);
                }
            }
        }
        int headerRow = header == null ? 0 : header.getRowNum();
        for (RosterSheets.Column column : RosterSheets.columns(name)) {
            if (column.required() && !columns.containsValue(column.header())) {
                problems.add(new ImportProblem(name, headerRow + 1, column.header(), "缺少必填列「" + column.header() + "」"));
            }
        }
        List<RawRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() <= headerRow) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (Cell cell : row) {
                String column = columns.get(cell.getColumnIndex());
                if (column == null) {
                    continue;
                }
                String text = text(cell, name, row.getRowNum() + 1, column, problems);
                if (text != null && !text.isEmpty()) {
                    values.put(column, text);
                }
            }
            if (!values.isEmpty()) {
                rows.add(new RawRow(name, row.getRowNum() + 1, values));
            }
        }
        return rows;
    }

    private static String text(Cell cell, String sheet, int row, String column, List<ImportProblem> problems) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case FORMULA -> {
                // Never evaluated: a formula could reach other files or compute what the reader did not see.
                problems.add(new ImportProblem(sheet, row, column, "单元格含公式，请复制后“粘贴为数值”"));
                yield null;
            }
            case ERROR -> {
                problems.add(new ImportProblem(sheet, row, column, "单元格内容有误（Excel错误值）"));
                yield null;
            }
            default -> null;
        };
    }
}
