package org.cppcc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables: a module's SQL (mapper XML, MyBatis annotations, JdbcTemplate strings) names only
 * tables of its own module or of the framework. Spring Modulith's verify() sees Java types only, so this test reads
 * the SQL: it maps every table created by the migrations to its module, then finds each table a module's SQL reads
 * or writes (after FROM, JOIN, INTO, UPDATE). A read of another module's table is allowed only when it is listed in
 * {@link #ALLOWED} with the reason, and the list may only shrink: an entry no longer needed fails the test too.
 */
class TableOwnershipTest {

    private static final Path ROOT = Paths.get("").toAbsolutePath();
    private static final Path MIGRATIONS = ROOT.resolveSibling("sql").resolve("migration");
    private static final Path JAVA = ROOT.resolve("src/main/java/org/cppcc/platform");
    private static final Path RESOURCES = ROOT.resolve("src/main/resources/org/cppcc/platform");

    /** The module whose tables a migration creates, by the migration's name. */
    private static final Map<String, String> MODULE_OF_MIGRATION = Map.ofEntries(
            Map.entry("organisation", "organisation"),
            Map.entry("sessions_and_roster", "organisation"),
            Map.entry("proposal", "proposal"),
            Map.entry("proposal_handling", "proposal"),
            Map.entry("unit_officers_and_meeting_chair", "proposal"),
            Map.entry("proposal_figures_read_model", "proposal"),
            Map.entry("notification", "notification"),
            Map.entry("notice_preferences", "notification"),
            Map.entry("sms", "notification"),
            Map.entry("supervision", "supervision"),
            Map.entry("consultation", "consultation"),
            Map.entry("roster_import", "importing"),
            Map.entry("assignment_batches", "proposal"),
            Map.entry("document_templates", "document"),
            Map.entry("appraisal", "appraisal"),
            Map.entry("duty", "duty"),
            Map.entry("opinion", "opinion"),
            Map.entry("event_publication", "framework"));

    /** Tables created by a migration of another module: V1 laid out the first modules' tables together. */
    private static final Map<String, String> MODULE_OF_TABLE = Map.of(
            "app_account", "account",
            "account_role", "account",
            "holiday", "calendar",
            "spring_session", "framework",
            "spring_session_attributes", "framework");

    /**
     * Known reads across modules, "module -> table" with why. Each is debt of issue 15 unless it says otherwise:
     * the fix is to read the owner's published API in batch (one call per page), or to keep a read model owned by
     * the reading module and fed by the owner's events.
     */
    private static final Map<String, String> ALLOWED = new TreeMap<>(Map.ofEntries(
            // Known debt (issue 15, item 2), each to go the way supervision went: read the owner's published API in
            // batch (one call per page), or keep a read model owned by the reader and fed by the owner's events.
            // account ↔ organisation: organisation depends on account, so account cannot call organisation's API
            // (a cycle); the fix is a read model in account of units' names and members' ids, fed by events.
            Map.entry("account -> handling_unit", "debt: an account's unit name (login, account list)"),
            Map.entry("account -> member", "debt: an account's member id (login, account list)"),
            // Organisation's member roster filters by the member's account, and a workstation's liaisons are listed
            // with their accounts (arrived with the roster, V33): accounts are organisation's dependency, so
            // AccountService.contacts(ids) per page is the fix.
            Map.entry("organisation -> app_account", "debt: member roster and workstation liaisons show accounts"),
            // Proposal lists filter and sort by the proposer's sector and session and show units' names: a join is
            // what keeps these lists one query per page; they are read-model candidates, not API calls per row.
            Map.entry("proposal -> member", "debt: proposal lists and forms show and filter by the proposer"),
            Map.entry("proposal -> sector", "debt: proposal lists filter by the proposer's sector"),
            Map.entry("proposal -> committee_session", "debt: proposal lists and numbering per session"),
            Map.entry("proposal -> handling_unit", "debt: assignment lists and deadlines show units' names"),
            Map.entry("proposal -> dictionary_item", "debt: categories' labels in proposal lists"),
            // Micro-consultation's lists and public pages show workstations, members, units and places.
            Map.entry("consultation -> workstation", "debt: matter lists and the public site by workstation"),
            Map.entry("consultation -> workstation_liaison", "debt: who is a workstation's liaison"),
            Map.entry("consultation -> member", "debt: stationed members and meeting participants"),
            Map.entry("consultation -> sector", "debt: members' sectors on matter screens"),
            Map.entry("consultation -> app_account", "debt: names of who acted in a matter's history"),
            Map.entry("consultation -> handling_unit", "debt: actions' units' names"),
            Map.entry("consultation -> subdistrict", "debt: workstations' places on the public site"),
            Map.entry("consultation -> community", "debt: workstations' places on the public site")));

    private static final Pattern CREATE =
            Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern USE =
            Pattern.compile("(?i)\\b(?:FROM|JOIN|INTO|UPDATE)\\s+`?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern JAVA_STRING =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    @Test
    void everyTableHasAnOwner() throws IOException {
        assertThat(tables()).allSatisfy((table, module) -> assertThat(module).isNotNull());
    }

    @Test
    void aModulesSqlNamesOnlyItsOwnTables() throws IOException {
        Map<String, String> owner = tables();
        Set<String> found = new TreeSet<>();
        List<String> where = new ArrayList<>();
        for (Path file : sqlFiles()) {
            String module = moduleOf(file);
            for (String table : tablesNamed(file)) {
                String tableOwner = owner.get(table);
                if (tableOwner == null || tableOwner.equals(module) || tableOwner.equals("framework")) {
                    continue;
                }
                String use = module + " -> " + table;
                found.add(use);
                if (!ALLOWED.containsKey(use)) {
                    where.add(use + " (" + ROOT.relativize(file) + ", owned by " + tableOwner + ")");
                }
            }
        }
        assertThat(where).as("SQL naming another module's table").isEmpty();
        assertThat(ALLOWED.keySet())
                .as("allowed reads no longer made: remove them")
                .isSubsetOf(found);
    }

    /** Table (lower case) → owning module, from every CREATE TABLE of the migrations. */
    static Map<String, String> tables() throws IOException {
        Map<String, String> owner = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String name = file.getFileName()
                        .toString()
                        .replaceFirst("^V\\d+__", "")
                        .replace(".sql", "");
                Matcher m = CREATE.matcher(Files.readString(file));
                while (m.find()) {
                    String table = m.group(1).toLowerCase();
                    owner.put(table, MODULE_OF_TABLE.getOrDefault(table, MODULE_OF_MIGRATION.get(name)));
                }
            }
        }
        return owner;
    }

    private static List<Path> sqlFiles() throws IOException {
        try (Stream<Path> xml = Files.walk(RESOURCES);
                Stream<Path> java = Files.walk(JAVA)) {
            List<Path> files = new ArrayList<>(xml.filter(f ->
                            f.toString().endsWith("Mapper.xml") || f.toString().endsWith("Store.xml"))
                    .toList());
            files.addAll(java.filter(f -> f.toString().endsWith(".java")).toList());
            return files;
        }
    }

    private static String moduleOf(Path file) {
        Path relative = (file.startsWith(JAVA) ? JAVA : RESOURCES).relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "application";
    }

    /** The tables a file's SQL names: all of a mapper XML, the string literals of a Java file. */
    private static Set<String> tablesNamed(Path file) throws IOException {
        String text = Files.readString(file);
        if (file.toString().endsWith(".java")) {
            StringBuilder sql = new StringBuilder();
            Matcher s = JAVA_STRING.matcher(text);
            while (s.find()) {
                sql.append(s.group(1) != null ? s.group(1) : s.group(2)).append(' ');
            }
            // Concatenated literals ("SELECT … FROM " + "member") are joined with a space above.
            text = sql.toString();
        } else {
            text = text.replaceAll("(?s)<!--.*?-->", " ");
        }
        Set<String> named = new TreeSet<>();
        Matcher m = USE.matcher(text);
        while (m.find()) {
            named.add(m.group(1).toLowerCase());
        }
        return named;
    }
}
