package org.cppcc.platform.importing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.RosterImport.Dictionaries;

/** The downloadable template: an explanation sheet, one sheet per kind with Chinese headers, the dictionaries. */
final class TemplateWorkbook {

    static final String EXPLANATION = "说明";
    static final String DICTIONARY = "字典";

    private TemplateWorkbook() {}

    static byte[] build(Dictionaries dictionaries) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            explanation(workbook.createSheet(EXPLANATION), bold);
            for (String name : List.of(RosterSheets.MEMBERS, RosterSheets.UNITS, RosterSheets.ACCOUNTS)) {
                Sheet sheet = workbook.createSheet(name);
                Row header = sheet.createRow(0);
                List<RosterSheets.Column> columns = RosterSheets.columns(name);
                for (int i = 0; i < columns.size(); i++) {
                    RosterSheets.Column column = columns.get(i);
                    header.createCell(i).setCellValue(column.header() + (column.required() ? "*" : ""));
                    header.getCell(i).setCellStyle(bold);
                    sheet.setColumnWidth(i, 18 * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            dictionary(workbook.createSheet(DICTIONARY), bold, dictionaries);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void explanation(Sheet sheet, CellStyle bold) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"委员名册导入模板"});
        lines.add(new String[] {"1. 在「委员」「承办单位」「账户」表中从第2行起逐行填写，不需要的表留空即可；列名带*的为必填。"});
        lines.add(new String[] {"2. 界别、工作站(室)须为系统中已有的名称，可选值见「字典」表；请勿使用公式，公式单元格会被拒绝。"});
        lines.add(new String[] {"3. 上传后系统先逐行检查（试导入），列出每一行的问题，不写入任何数据；无问题后确认导入。"});
        lines.add(new String[] {"4. 确认导入要么全部成功，要么全部不写入。填写了登录用户名的行会开设账户，初始密码由系统随机生成，" + "仅在导入完成时显示一次，请立即下载并通知本人登录后修改。"});
        lines.add(new String[] {
            "5. 文件须为 .xlsx 格式，不超过" + RosterWorkbook.MAX_BYTES / 1024 / 1024 + "MB，一次最多" + RosterWorkbook.MAX_ROWS + "行。"
        });
        lines.add(new String[] {});
        lines.add(new String[] {"工作表", "列", "必填", "说明"});
        for (String name : List.of(RosterSheets.MEMBERS, RosterSheets.UNITS, RosterSheets.ACCOUNTS)) {
            for (RosterSheets.Column column : RosterSheets.columns(name)) {
                lines.add(new String[] {name, column.header(), column.required() ? "是" : "否", column.hint()});
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            String[] cells = lines.get(i);
            for (int c = 0; c < cells.length; c++) {
                row.createCell(c).setCellValue(cells[c]);
                if (i == 0 || cells[0].equals("工作表")) {
                    row.getCell(c).setCellStyle(bold);
                }
            }
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.setColumnWidth(3, 60 * 256);
    }

    private static void dictionary(Sheet sheet, CellStyle bold, Dictionaries dictionaries) {
        List<List<String>> columns = List.of(
                prepend("界别", dictionaries.sectorNames()),
                prepend(
                        "委员类别",
                        List.copyOf(RowRules.LEVELS.keySet().stream().sorted().toList())),
                prepend("单位类型", List.of("政府部门", "街道办事处", "其他")),
                prepend(
                        "角色",
                        RowRules.IMPORTABLE_ROLES.stream().map(Role::label).toList()),
                prepend("工作站(室)", List.copyOf(dictionaries.workstations().keySet())),
                prepend("已有承办单位编码", List.copyOf(dictionaries.units().keySet())));
        int rows = columns.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                if (r < columns.get(c).size()) {
                    row.createCell(c).setCellValue(columns.get(c).get(r));
                    if (r == 0) {
                        row.getCell(c).setCellStyle(bold);
                    }
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, 20 * 256);
        }
    }

    private static List<String> prepend(String header, List<String> values) {
        List<String> all = new ArrayList<>(values.size() + 1);
        all.add(header);
        all.addAll(values);
        return all;
    }
}
