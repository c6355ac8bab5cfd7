package org.cppcc.platform.importing.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.account.IssuedLogin;
import org.cppcc.platform.account.NewAccount;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.importing.internal.RowRules.AccountEntry;
import org.cppcc.platform.importing.internal.RowRules.Checked;
import org.cppcc.platform.importing.internal.RowRules.MemberEntry;
import org.cppcc.platform.importing.internal.RowRules.UnitEntry;
import org.cppcc.platform.organisation.RosterImport;
import org.cppcc.platform.organisation.RosterImport.Dictionaries;
import org.cppcc.platform.organisation.RosterImport.NewUnit;
import org.cppcc.platform.supervision.SupervisionActions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dry run and the all-or-nothing import of a roster file. */
@Service
class RosterImporter {

    private static final int MAX_FILE_NAME = 100;

    private final RosterImport roster;
    private final AccountService accounts;
    private final SupervisionActions supervision;
    private final ImportRecordMapper records;
    private final Clock clock;

    RosterImporter(
            RosterImport roster,
            AccountService accounts,
            SupervisionActions supervision,
            ImportRecordMapper records,
            Clock clock) {
        this.roster = roster;
        this.accounts = accounts;
        this.supervision = supervision;
        this.records = records;
        this.clock = clock;
    }

    /** What the importer sees after a dry run: how much the file holds and every problem; nothing written. */
    record Report(String fileName, int members, int units, int accounts, int logins, List<ImportProblem> problems) {}

    /** A login opened by the import, with its initial password: shown to the importer once, stored nowhere. */
    record IssuedPassword(String sheet, int row, String username, String displayName, String password) {}

    record Result(long importId, String fileName, int members, int units, int accounts, List<IssuedPassword> logins) {}

    /** The confirmed import found problems after all (the file changed, or someone took a username meanwhile). */
    static class Rejected extends RuntimeException {
        final transient Report report;

        Rejected(Report report) {
            super("导入文件有" + report.problems().size() + "处问题，未写入任何数据");
            this.report = report;
        }
    }

    byte[] template() {
        return TemplateWorkbook.build(roster.dictionaries());
    }

    @Transactional(readOnly = true)
    Report dryRun(String fileName, byte[] content) {
        return report(fileName, check(fileName, content));
    }

    @Transactional
    Result importFile(String fileName, byte[] content) {
        Checked checked = check(fileName, content);
        Report report = report(fileName, checked);
        if (!checked.problems().isEmpty()) {
            throw new Rejected(report);
        }
        PlatformUser actor = CurrentUser.require();
        String name = shortName(fileName);
        ImportRecordMapper.Key key = new ImportRecordMapper.Key();
        records.insert(
                key,
                name,
                sha256(content),
                checked.members().size(),
                checked.units().size(),
                checked.logins(),
                actor.id(),
                actor.displayName(),
                LocalDateTime.now(clock));
        String source = "由「" + actor.displayName() + "」从文件「" + name + "」导入（导入批次" + key.id + "）";
        List<ImportRecordMapper.Item> items = new ArrayList<>();

        List<Long> unitIds = roster.addUnits(
                checked.units().stream()
                        .map(u -> new NewUnit(u.code(), u.name(), u.kind(), u.contactName(), u.contactPhone()))
                        .toList(),
                source);
        Map<String, Long> unitByCode = new HashMap<>(roster.dictionaries().units());
        for (int i = 0; i < unitIds.size(); i++) {
            UnitEntry unit = checked.units().get(i);
            unitByCode.put(unit.code(), unitIds.get(i));
            items.add(new ImportRecordMapper.Item("UNIT", unitIds.get(i), RosterSheets.UNITS, unit.row()));
        }

        List<NewAccount> wanted = new ArrayList<>();
        List<IssuedPassword> shown = new ArrayList<>();
        List<String> sheets = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (UnitEntry unit : checked.units()) {
            Long unitId = unitByCode.get(unit.code());
            // The contact's and the leader's logins are both accounts of the unit; the leader is named below.
            String[][] logins = {
                {unit.contactUsername(), unit.contactName(), unit.contactPhone()},
                {unit.leaderUsername(), unit.leaderName(), unit.leaderPhone()}
            };
            for (String[] login : logins) {
                if (login[0] != null) {
                    wanted.add(new NewAccount(
                            login[0], login[1], login[2], null, Set.of(Role.HANDLING_UNIT), unitId, null));
                    sheets.add(RosterSheets.UNITS);
                    rows.add(unit.row());
                }
            }
        }
        for (MemberEntry member : checked.members()) {
            if (member.username() != null) {
                wanted.add(new NewAccount(
                        member.username(),
                        member.member().name(),
                        member.member().phone(),
                        member.member().email(),
                        Set.of(Role.MEMBER),
                        null,
                        null));
                sheets.add(RosterSheets.MEMBERS);
                rows.add(member.row());
            }
        }
        for (AccountEntry account : checked.accounts()) {
            wanted.add(new NewAccount(
                    account.username(),
                    account.name(),
                    account.phone(),
                    account.email(),
                    account.roles(),
                    account.unitCode() == null ? null : unitByCode.get(account.unitCode()),
                    null));
            sheets.add(RosterSheets.ACCOUNTS);
            rows.add(account.row());
        }
        List<IssuedLogin> issued = accounts.openWithGeneratedPasswords(wanted);
        Map<String, Long> accountByUsername = new HashMap<>();
        for (int i = 0; i < issued.size(); i++) {
            IssuedLogin login = issued.get(i);
            accountByUsername.put(login.username(), login.id());
            shown.add(new IssuedPassword(
                    sheets.get(i), rows.get(i), login.username(), wanted.get(i).displayName(), login.password()));
            items.add(new ImportRecordMapper.Item("ACCOUNT", login.id(), sheets.get(i), rows.get(i)));
        }

        List<Long> memberIds = roster.addMembers(
                checked.members().stream()
                        .map(m -> m.member()
                                .withAccount(m.username() == null ? null : accountByUsername.get(m.username())))
                        .toList(),
                source);
        for (int i = 0; i < memberIds.size(); i++) {
            items.add(new ImportRecordMapper.Item(
                    "MEMBER",
                    memberIds.get(i),
                    RosterSheets.MEMBERS,
                    checked.members().get(i).row()));
        }

        for (UnitEntry unit : checked.units()) {
            if (unit.leaderUsername() != null) {
                supervision.setUnitLeaders(
                        actor, unitByCode.get(unit.code()), List.of(accountByUsername.get(unit.leaderUsername())));
            }
        }
        for (int from = 0; from < items.size(); from += 500) {
            records.insertItems(key.id, items.subList(from, Math.min(items.size(), from + 500)));
        }
        return new Result(
                key.id, name, checked.members().size(), checked.units().size(), issued.size(), List.copyOf(shown));
    }

    private Checked check(String fileName, byte[] content) {
        RosterWorkbook.Parsed file = RosterWorkbook.read(fileName, content);
        Dictionaries dictionaries = roster.dictionaries();
        Set<String> taken = accounts.takenUsernames(RowRules.usernames(file));
        return RowRules.check(file, dictionaries, taken);
    }

    private static Report report(String fileName, Checked checked) {
        return new Report(
                shortName(fileName),
                checked.members().size(),
                checked.units().size(),
                checked.accounts().size(),
                checked.logins(),
                checked.problems());
    }

    private static String shortName(String fileName) {
        String name = fileName == null ? "未命名.xlsx" : fileName.replaceAll("^.*[/\\\\]", "");
        return name.length() <= MAX_FILE_NAME ? name : name.substring(name.length() - MAX_FILE_NAME);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
