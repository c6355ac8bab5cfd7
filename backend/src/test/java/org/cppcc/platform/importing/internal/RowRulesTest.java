package org.cppcc.platform.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cppcc.platform.account.Role;
import org.cppcc.platform.importing.internal.RosterWorkbook.Parsed;
import org.cppcc.platform.importing.internal.RosterWorkbook.RawRow;
import org.cppcc.platform.organisation.MemberLevel;
import org.cppcc.platform.organisation.RosterImport.Dictionaries;
import org.cppcc.platform.organisation.UnitKind;
import org.junit.jupiter.api.Test;

/** The rules of one row, without a database: dictionaries and taken usernames are given. */
class RowRulesTest {

    private static final Dictionaries DICTIONARIES = new Dictionaries(
            Map.of("经济界", 1L, "JJ", 1L, "教育界", 2L), List.of("经济界", "教育界"), Map.of("东城工作站", 10L), Map.of("JYJ", 100L));

    @Test
    void aGoodMemberRowBecomesAnEntry() {
        RowRules.Checked checked = check(
                Set.of(), member(2, "张三", "男", "JJ", "市政协委员", "13800000001", "zs@example.org", "东城工作站", "ZhangSan"));

        assertThat(checked.problems()).isEmpty();
        RowRules.MemberEntry entry = checked.members().get(0);
        assertThat(entry.member().sectorId()).isEqualTo(1L);
        assertThat(entry.member().level()).isEqualTo(MemberLevel.CITY);
        assertThat(entry.member().workstationId()).isEqualTo(10L);
        assertThat(entry.username()).isEqualTo("zhangsan");
        assertThat(checked.logins()).isEqualTo(1);
    }

    @Test
    void everyProblemOfAMemberRowIsListedWithItsColumn() {
        RowRules.Checked checked =
                check(Set.of(), member(5, null, "M", "无此界", "省政协委员", "12ab", "not-an-email", "无此站", "9bad"));

        assertThat(checked.problems())
                .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
                .containsExactly(
                        tuple("委员", 5, "姓名"),
                        tuple("委员", 5, "性别"),
                        tuple("委员", 5, "界别"),
                        tuple("委员", 5, "委员类别"),
                        tuple("委员", 5, "联系电话"),
                        tuple("委员", 5, "电子邮箱"),
                        tuple("委员", 5, "工作站(室)"),
                        tuple("委员", 5, "登录用户名"));
        assertThat(checked.problems().get(2).message()).contains("界别「无此界」不存在");
        assertThat(checked.problems().get(3).message()).contains("区政协委员");
        assertThat(checked.members()).isEmpty();
    }

    @Test
    void aUsernameTwiceInTheFileOrAlreadyTakenIsRefused() {
        RowRules.Checked checked = check(
                Set.of("taken01"),
                member(2, "甲", null, "经济界", "区政协委员", null, null, null, "same01"),
                member(3, "乙", null, "经济界", "区政协委员", null, null, null, "SAME01"),
                member(4, "丙", null, "经济界", "区政协委员", null, null, null, "taken01"));

        assertThat(checked.problems())
                .extracting(ImportProblem::row, ImportProblem::message)
                .containsExactly(tuple(3, "用户名「same01」在本文件中重复（另见委员表第2行）"), tuple(4, "用户名「taken01」已被系统中的账户使用"));
    }

    @Test
    void unitsAndAccountsAreCheckedAgainstTheFileAndTheSystem() {
        RowRules.Checked checked = check(
                Set.of(),
                row(
                        "承办单位",
                        2,
                        "单位编码",
                        "WSJ",
                        "单位名称",
                        "卫生局",
                        "单位类型",
                        "政府部门",
                        "联系人",
                        "李四",
                        "联系人登录用户名",
                        "wsj01",
                        "分管领导登录用户名",
                        "wsjld"),
                row("承办单位", 3, "单位编码", "JYJ", "单位名称", "教育局重复", "单位类型", "部门"),
                row("账户", 2, "登录用户名", "tab09", "姓名", "王五", "角色", "提案委、承办单位", "所属承办单位编码", "WSJ"),
                row("账户", 3, "登录用户名", "adm09", "姓名", "赵六", "角色", "系统管理员"),
                row("账户", 4, "登录用户名", "cbdw9", "姓名", "钱七", "角色", "承办单位", "所属承办单位编码", "NOPE"));

        assertThat(checked.problems())
                .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
                .containsExactly(
                        tuple("承办单位", 2, "分管领导姓名"),
                        tuple("承办单位", 3, "单位编码"),
                        tuple("承办单位", 3, "单位类型"),
                        tuple("账户", 3, "角色"),
                        tuple("账户", 4, "所属承办单位编码"));
        assertThat(checked.accounts()).hasSize(1);
        assertThat(checked.accounts().get(0).roles())
                .containsExactlyInAnyOrder(Role.PROPOSAL_OFFICE, Role.HANDLING_UNIT);
    }

    @Test
    void aGoodUnitKeepsItsContactAndLeader() {
        RowRules.Checked checked = check(
                Set.of(),
                row(
                        "承办单位",
                        2,
                        "单位编码",
                        "WSJ",
                        "单位名称",
                        "卫生局",
                        "单位类型",
                        "街道办事处",
                        "联系人",
                        "李四",
                        "联系电话",
                        "010-1234567",
                        "联系人登录用户名",
                        "wsj01",
                        "分管领导姓名",
                        "周八",
                        "分管领导登录用户名",
                        "wsjld"));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.units().get(0).kind()).isEqualTo(UnitKind.SUBDISTRICT_OFFICE);
        assertThat(checked.logins()).isEqualTo(2);
    }

    private static RawRow member(
            int row,
            String name,
            String gender,
            String sector,
            String level,
            String phone,
            String email,
            String workstation,
            String username) {
        return row(
                "委员",
                row,
                "姓名",
                name,
                "性别",
                gender,
                "界别",
                sector,
                "委员类别",
                level,
                "联系电话",
                phone,
                "电子邮箱",
                email,
                "工作站(室)",
                workstation,
                "登录用户名",
                username);
    }

    private static RawRow row(String sheet, int row, String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                values.put(pairs[i], pairs[i + 1]);
            }
        }
        return new RawRow(sheet, row, values);
    }

    private static RowRules.Checked check(Set<String> taken, RawRow... rows) {
        Map<String, List<RawRow>> sheets = new LinkedHashMap<>();
        for (RawRow r : rows) {
            sheets.computeIfAbsent(r.sheet(), k -> new ArrayList<>()).add(r);
        }
        Parsed parsed = new Parsed(sheets, List.of());
        return RowRules.check(parsed, DICTIONARIES, taken);
    }
}
