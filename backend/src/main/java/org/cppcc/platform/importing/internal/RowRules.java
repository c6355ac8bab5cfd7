package org.cppcc.platform.importing.internal;

import static org.cppcc.platform.importing.internal.RosterSheets.ACCOUNTS;
import static org.cppcc.platform.importing.internal.RosterSheets.ACCOUNT_UNIT;
import static org.cppcc.platform.importing.internal.RosterSheets.COMMITTEE;
import static org.cppcc.platform.importing.internal.RosterSheets.CONTACT;
import static org.cppcc.platform.importing.internal.RosterSheets.CONTACT_USERNAME;
import static org.cppcc.platform.importing.internal.RosterSheets.EMAIL;
import static org.cppcc.platform.importing.internal.RosterSheets.GENDER;
import static org.cppcc.platform.importing.internal.RosterSheets.LEADER;
import static org.cppcc.platform.importing.internal.RosterSheets.LEADER_PHONE;
import static org.cppcc.platform.importing.internal.RosterSheets.LEADER_USERNAME;
import static org.cppcc.platform.importing.internal.RosterSheets.LEVEL;
import static org.cppcc.platform.importing.internal.RosterSheets.MEMBERS;
import static org.cppcc.platform.importing.internal.RosterSheets.NAME;
import static org.cppcc.platform.importing.internal.RosterSheets.PARTY;
import static org.cppcc.platform.importing.internal.RosterSheets.PHONE;
import static org.cppcc.platform.importing.internal.RosterSheets.ROLES;
import static org.cppcc.platform.importing.internal.RosterSheets.SECTOR;
import static org.cppcc.platform.importing.internal.RosterSheets.UNITS;
import static org.cppcc.platform.importing.internal.RosterSheets.UNIT_CODE;
import static org.cppcc.platform.importing.internal.RosterSheets.UNIT_KIND;
import static org.cppcc.platform.importing.internal.RosterSheets.UNIT_NAME;
import static org.cppcc.platform.importing.internal.RosterSheets.USERNAME;
import static org.cppcc.platform.importing.internal.RosterSheets.WORKPLACE;
import static org.cppcc.platform.importing.internal.RosterSheets.WORKSTATION;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cppcc.platform.account.Role;
import org.cppcc.platform.importing.internal.RosterWorkbook.RawRow;
import org.cppcc.platform.organisation.MemberLevel;
import org.cppcc.platform.organisation.RosterImport.Dictionaries;
import org.cppcc.platform.organisation.RosterImport.NewRosterMember;
import org.cppcc.platform.organisation.UnitKind;

/**
 * Checks every row of an import against the platform's rules and the dictionaries, and turns good rows into
 * entries. Pure: the dictionaries and the usernames already taken are looked up once per file by the caller.
 */
final class RowRules {

    static final Map<String, MemberLevel> LEVELS = Map.of("区政协委员", MemberLevel.DISTRICT, "市政协委员", MemberLevel.CITY);
    static final Map<String, UnitKind> UNIT_KINDS =
            Map.of("政府部门", UnitKind.DEPARTMENT, "街道办事处", UnitKind.SUBDISTRICT_OFFICE, "其他", UnitKind.OTHER);
    /** Roles an import may give in the accounts sheet; members come with their own sheet, administrators never. */
    static final Set<Role> IMPORTABLE_ROLES =
            EnumSet.of(Role.PROPOSAL_OFFICE, Role.HANDLING_UNIT, Role.LEADER, Role.WORKSTATION_LIAISON, Role.RESIDENT);

    private static final Pattern PHONE_PATTERN = Pattern.compile("^[0-9+\\-]{5,20}$");
    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern USERNAME_PATTERN = Pattern.compile("^[A-Za-z][A-Za-z0-9_.-]{2,49}$");
    private static final Pattern CODE_PATTERN = Pattern.compile("^[A-Za-z0-9_-]{1,32}$");
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("[、,，;；/\\s]+");

    /** A member row; the login's account id is filled in once the account is opened. */
    record MemberEntry(int row, NewRosterMember member, String username) {}

    record UnitEntry(
            int row,
            String code,
            String name,
            UnitKind kind,
            String contactName,
            String contactPhone,
            String contactUsername,
            String leaderName,
            String leaderUsername,
            String leaderPhone) {}

    record AccountEntry(
            int row, String username, String name, Set<Role> roles, String unitCode, String phone, String email) {}

    record Checked(
            List<MemberEntry> members,
            List<UnitEntry> units,
            List<AccountEntry> accounts,
            List<ImportProblem> problems) {

        int logins() {
            int n = accounts.size();
            n += (int) members.stream().filter(m -> m.username() != null).count();
            for (UnitEntry u : units) {
                n += (u.contactUsername() == null ? 0 : 1) + (u.leaderUsername() == null ? 0 : 1);
            }
            return n;
        }
    }

    private final Dictionaries dictionaries;
    private final Set<String> takenUsernames;
    private final List<ImportProblem> problems = new ArrayList<>();
    /** Username (lower case) → where in the file it was first given, for duplicates within the file. */
    private final Map<String, String> usernamesInFile = new HashMap<>();

    private final Map<String, Integer> unitCodesInFile = new HashMap<>();

    private RowRules(Dictionaries dictionaries, Set<String> takenUsernames, List<ImportProblem> fileProblems) {
        this.dictionaries = dictionaries;
        this.takenUsernames = takenUsernames;
        this.problems.addAll(fileProblems);
    }

    /** Every username the file gives (lower case), to look up in the database in one query. */
    static Set<String> usernames(RosterWorkbook.Parsed file) {
        Set<String> names = new LinkedHashSet<>();
        file.of(MEMBERS).forEach(r -> addUsername(names, r.get(USERNAME)));
        file.of(UNITS).forEach(r -> {
            addUsername(names, r.get(CONTACT_USERNAME));
            addUsername(names, r.get(LEADER_USERNAME));
        });
        file.of(ACCOUNTS).forEach(r -> addUsername(names, r.get(USERNAME)));
        return names;
    }

    private static void addUsername(Set<String> names, String username) {
        if (username != null) {
            names.add(username.toLowerCase(Locale.ROOT));
        }
    }

    static Checked check(RosterWorkbook.Parsed file, Dictionaries dictionaries, Set<String> takenUsernames) {
        RowRules rules = new RowRules(dictionaries, takenUsernames, file.problems());
        List<UnitEntry> units = new ArrayList<>();
        file.of(UNITS).forEach(r -> rules.unit(r, units));
        List<MemberEntry> members = new ArrayList<>();
        file.of(MEMBERS).forEach(r -> rules.member(r, members));
        List<AccountEntry> accounts = new ArrayList<>();
        file.of(ACCOUNTS).forEach(r -> rules.account(r, accounts));
        List<ImportProblem> sorted = new ArrayList<>(rules.problems);
        return new Checked(members, units, accounts, List.copyOf(sorted));
    }

    private void member(RawRow r, List<MemberEntry> out) {
        int before = problems.size();
        String name = required(r, NAME, 50);
        String gender = r.get(GENDER);
        if (gender != null && !gender.equals("男") && !gender.equals("女")) {
            problem(r, GENDER, "性别须为「男」或「女」");
        }
        Long sectorId = null;
        String sector = required(r, SECTOR, 100);
        if (sector != null) {
            sectorId = dictionaries.sectors().get(sector);
            if (sectorId == null) {
                problem(r, SECTOR, "界别「" + sector + "」不存在或已停用，可选值见模板「字典」表");
            }
        }
        MemberLevel level = null;
        String levelText = required(r, LEVEL, 20);
        if (levelText != null) {
            level = LEVELS.get(levelText);
            if (level == null) {
                problem(r, LEVEL, "委员类别须为「区政协委员」或「市政协委员」，不能是「" + levelText + "」");
            }
        }
        String committee = optional(r, COMMITTEE, 100);
        String party = optional(r, PARTY, 50);
        String workplace = optional(r, WORKPLACE, 200);
        String phone = phone(r, PHONE);
        String email = email(r, EMAIL);
        Long workstationId = null;
        String workstation = r.get(WORKSTATION);
        if (workstation != null) {
            workstationId = dictionaries.workstations().get(workstation);
            if (workstationId == null) {
                problem(r, WORKSTATION, "工作站(室)「" + workstation + "」不存在或已停用");
            }
        }
        String username = username(r, USERNAME);
        if (problems.size() == before) {
            out.add(new MemberEntry(
                    r.row(),
                    new NewRosterMember(
                            null,
                            name,
                            gender,
                            sectorId,
                            level,
                            committee,
                            party,
                            workplace,
                            phone,
                            email,
                            workstationId),
                    username));
        }
    }

    private void unit(RawRow r, List<UnitEntry> out) {
        int before = problems.size();
        String code = required(r, UNIT_CODE, 32);
        if (code != null) {
            if (!CODE_PATTERN.matcher(code).matches()) {
                problem(r, UNIT_CODE, "单位编码只能包含字母、数字、下划线和连字符");
            } else if (dictionaries.units().containsKey(code)) {
                problem(r, UNIT_CODE, "单位编码「" + code + "」已存在于系统中");
            } else if (unitCodesInFile.containsKey(code)) {
                problem(r, UNIT_CODE, "单位编码「" + code + "」在本文件中重复（另见第" + unitCodesInFile.get(code) + "行）");
            } else {
                unitCodesInFile.put(code, r.row());
            }
        }
        String name = required(r, UNIT_NAME, 100);
        UnitKind kind = null;
        String kindText = required(r, UNIT_KIND, 20);
        if (kindText != null) {
            kind = UNIT_KINDS.get(kindText);
            if (kind == null) {
                problem(r, UNIT_KIND, "单位类型须为「政府部门」「街道办事处」或「其他」");
            }
        }
        String contact = optional(r, CONTACT, 50);
        String phone = phone(r, PHONE);
        String contactUsername = username(r, CONTACT_USERNAME);
        if (contactUsername != null && contact == null) {
            problem(r, CONTACT, "开设联系人账户须填写联系人姓名");
        }
        String leader = optional(r, LEADER, 50);
        String leaderUsername = username(r, LEADER_USERNAME);
        String leaderPhone = phone(r, LEADER_PHONE);
        if (leaderUsername != null && leader == null) {
            problem(r, LEADER, "开设分管领导账户须填写分管领导姓名");
        }
        if (problems.size() == before) {
            out.add(new UnitEntry(
                    r.row(), code, name, kind, contact, phone, contactUsername, leader, leaderUsername, leaderPhone));
        }
    }

    private void account(RawRow r, List<AccountEntry> out) {
        int before = problems.size();
        String username = username(r, USERNAME);
        if (username == null && r.get(USERNAME) == null) {
            problem(r, USERNAME, "「" + USERNAME + "」不能为空");
        }
        String name = required(r, NAME, 50);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String roleText = required(r, ROLES, 100);
        if (roleText != null) {
            for (String label : ROLE_SEPARATOR.split(roleText)) {
                Role role = role(label);
                if (role == Role.MEMBER) {
                    problem(r, ROLES, "政协委员的账户请在「委员」表中随委员一同导入");
                } else if (role == Role.ADMIN) {
                    problem(r, ROLES, "不能通过导入开设系统管理员账户");
                } else if (role == null) {
                    problem(r, ROLES, "角色「" + label + "」不存在，可选：提案委、承办单位、领导、工作站联络员、群众");
                } else {
                    roles.add(role);
                }
            }
        }
        String unitCode = r.get(ACCOUNT_UNIT);
        if (roles.contains(Role.HANDLING_UNIT)) {
            if (unitCode == null) {
                problem(r, ACCOUNT_UNIT, "承办单位角色须填写所属承办单位编码");
            } else if (!dictionaries.units().containsKey(unitCode) && !unitCodesInFile.containsKey(unitCode)) {
                problem(r, ACCOUNT_UNIT, "承办单位编码「" + unitCode + "」在系统和本文件中都不存在");
            }
        } else if (unitCode != null && roleText != null) {
            problem(r, ACCOUNT_UNIT, "只有承办单位角色的账户才填写所属承办单位");
        }
        String phone = phone(r, PHONE);
        String email = email(r, EMAIL);
        if (problems.size() == before) {
            out.add(new AccountEntry(r.row(), username, name, roles, unitCode, phone, email));
        }
    }

    private static Role role(String label) {
        for (Role role : Role.values()) {
            if (role.label().equals(label) || role.name().equalsIgnoreCase(label)) {
                return role;
            }
        }
        return null;
    }

    private String required(RawRow r, String column, int max) {
        String value = r.get(column);
        if (value == null) {
            problem(r, column, "「" + column + "」不能为空");
            return null;
        }
        return length(r, column, value, max);
    }

    private String optional(RawRow r, String column, int max) {
        String value = r.get(column);
        return value == null ? null : length(r, column, value, max);
    }

    private String length(RawRow r, String column, String value, int max) {
        if (value.length() > max) {
            problem(r, column, "「" + column + "」不能超过" + max + "个字符");
        }
        return value;
    }

    private String phone(RawRow r, String column) {
        String phone = r.get(column);
        if (phone != null && !PHONE_PATTERN.matcher(phone).matches()) {
            problem(r, column, "「" + column + "」格式不正确：「" + phone + "」，须为5至20位数字（可含+和-）");
        }
        return phone;
    }

    private String email(RawRow r, String column) {
        String email = r.get(column);
        if (email != null
                && (email.length() > 100 || !EMAIL_PATTERN.matcher(email).matches())) {
            problem(r, column, "电子邮箱格式不正确：「" + email + "」");
        }
        return email;
    }

    /** A username to open: well-formed, unique in the file and not yet taken; null when the cell is empty. */
    private String username(RawRow r, String column) {
        String raw = r.get(column);
        if (raw == null) {
            return null;
        }
        if (!USERNAME_PATTERN.matcher(raw).matches()) {
            problem(r, column, "用户名「" + raw + "」须以字母开头，3至50位字母、数字、点、下划线或连字符");
            return null;
        }
        String username = raw.toLowerCase(Locale.ROOT);
        String where = r.sheet() + "表第" + r.row() + "行";
        String first = usernamesInFile.putIfAbsent(username, where);
        if (first != null) {
            problem(r, column, "用户名「" + username + "」在本文件中重复（另见" + first + "）");
        } else if (takenUsernames.contains(username)) {
            problem(r, column, "用户名「" + username + "」已被系统中的账户使用");
        }
        return username;
    }

    private void problem(RawRow r, String column, String message) {
        problems.add(new ImportProblem(r.sheet(), r.row(), column, message));
    }
}
