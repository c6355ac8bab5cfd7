package org.cppcc.platform.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds an import file as an administrator would fill the template: sheets, a header row, rows of text. */
public class RosterXlsx {

    private final Map<String, List<String[]>> sheets = new LinkedHashMap<>();

    public RosterXlsx sheet(String name, String... headers) {
        sheets.computeIfAbsent(name, k -> new ArrayList<>()).add(headers);
        return this;
    }

    /** A row of the sheet last named; null leaves the cell empty. */
    public RosterXlsx row(String sheet, String... values) {
        sheets.get(sheet).add(values);
        return this;
    }

    /** The usual member sheet header of the template. */
    public RosterXlsx members() {
        return sheet("委员", "姓名*", "性别", "界别*", "委员类别*", "专委会", "党派", "工作单位及职务", "联系电话", "电子邮箱", "工作站(室)", "登录用户名");
    }

    public RosterXlsx units() {
        return sheet("承办单位", "单位编码*", "单位名称*", "单位类型*", "联系人", "联系电话", "联系人登录用户名", "分管领导姓名", "分管领导登录用户名", "分管领导电话");
    }

    public RosterXlsx accounts() {
        return sheet("账户", "登录用户名*", "姓名*", "角色*", "所属承办单位编码", "联系电话", "电子邮箱");
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, List<String[]>> entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                List<String[]> rows = entry.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    String[] values = rows.get(r);
                    for (int c = 0; c < values.length; c++) {
                        if (values[c] != null) {
                            row.createCell(c).setCellValue(values[c]);
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
