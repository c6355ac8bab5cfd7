package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.cppcc.platform.support.ApiClient;
import org.flowable.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Request bodies, demo ids and the proposal-making steps the proposal tests share. */
public final class ProposalFixtures {

    /** Unique per test JVM, so titles stay unique on a MariaDB schema that lives through the run. */
    private static final String RUN =
            Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36, 36 * 36 * 36), 36);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ProposalFixtures() {}

    public static long memberId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject(
                "SELECT m.id FROM member m JOIN app_account a ON a.id = m.account_id WHERE a.username = ?",
                Long.class,
                username);
    }

    public static long accountId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("SELECT id FROM app_account WHERE username = ?", Long.class, username);
    }

    public static String displayName(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("SELECT display_name FROM app_account WHERE username = ?", String.class, username);
    }

    public static long unitId(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("SELECT id FROM handling_unit WHERE code = ?", Long.class, code);
    }

    /** A session of its own (term 99, not current) for tests that need one apart from the demo's. */
    public static long newSession(JdbcTemplate jdbc) {
        synchronized (ProposalFixtures.class) {
            int meeting = jdbc.queryForObject(
                    "SELECT COALESCE(MAX(meeting_no), 0) + 1 FROM committee_session WHERE term_no = 99", Integer.class);
            jdbc.update(
                    "INSERT INTO committee_session (term_no, meeting_no, name, is_current, created_at) "
                            + "VALUES (99, ?, ?, FALSE, ?)",
                    meeting,
                    "九十九届" + meeting + "次（测试）",
                    LocalDateTime.now());
            return jdbc.queryForObject(
                    "SELECT id FROM committee_session WHERE term_no = 99 AND meeting_no = ?", Long.class, meeting);
        }
    }

    /**
     * Moves proposals to another session as test data (no command does this): in the proposal table and in the
     * figures the proposal module keeps beside it (V81), so that the kept figures stay what the commands would
     * have made (FiguresKeeperTest compares them with the tables, whatever ran before it).
     */
    public static void moveToSession(JdbcTemplate jdbc, long sessionId, long... proposalIds) {
        for (long id : proposalIds) {
            jdbc.update("UPDATE proposal SET session_id = ? WHERE id = ?", sessionId, id);
            jdbc.update("UPDATE proposal_figures SET session_id = ? WHERE proposal_id = ?", sessionId, id);
            jdbc.update("UPDATE proposal_unit_figures SET session_id = ? WHERE proposal_id = ?", sessionId, id);
        }
    }

    /** A title no other proposal of the run has: the given words and a short suffix, at most 50 characters. */
    public static String title(String words) {
        String suffix = "-" + RUN + SEQUENCE.incrementAndGet();
        String base = words.length() + suffix.length() > 50 ? words.substring(0, 50 - suffix.length()) : words;
        return base + suffix;
    }

    public static Map<String, Object> form(String title, String proposerType, List<Long> cosigners) {
        Map<String, Object> form = new HashMap<>();
        form.put("plenary", true);
        form.put("category", "SOCIETY");
        form.put("title", title);
        form.put("situation", "老旧小区加装电梯需求强烈，但协调难、资金筹措难。");
        form.put("analysis", "低层住户意见分歧，补贴标准不清晰，审批流程较长。");
        form.put("suggestions", "一、出台统一补贴标准；二、简化审批流程；三、建立协商调解机制。");
        form.put("proposerType", proposerType);
        form.put("cosignerMemberIds", cosigners);
        form.put("suggestedUnitIds", List.of());
        form.put("consentPublish", true);
        return form;
    }

    public static Map<String, Object> individualForm(String title) {
        return form(title, "INDIVIDUAL", List.of());
    }

    /** A collective proposal (集体提案) of a party, with its contact person. */
    public static Map<String, Object> collectiveForm(String title) {
        Map<String, Object> form = form(title, "COLLECTIVE", List.of());
        form.put("bodyKind", "PARTY");
        form.put("bodyName", "民盟江湾区委员会");
        form.put("contactPerson", "联络员甲");
        form.put("contactPhone", "0731-85601234");
        return form;
    }

    public static Map<String, Object> leadPlan(long leadUnitId, Long... assistingUnitIds) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("mode", "LEAD_AND_ASSISTING");
        plan.put("leadUnitId", leadUnitId);
        plan.put("assistingUnitIds", Arrays.asList(assistingUnitIds));
        return plan;
    }

    public static Map<String, Object> splitPlan(Long... unitIds) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("mode", "SPLIT");
        plan.put("splitUnitIds", Arrays.asList(unitIds));
        return plan;
    }

    public static long createDraft(ApiClient member, Map<String, Object> form) {
        return member.post("/api/proposals", form)
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
    }

    /** An individual proposal, submitted: UNDER_REVIEW. */
    public static long underReview(ApiClient member, String title) {
        long id = createDraft(member, individualForm(title));
        member.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        return id;
    }

    /** An individual proposal, registered by the office: ASSIGNMENT, with a number. */
    public static long registered(ApiClient member, ApiClient office, String title) {
        long id = underReview(member, title);
        office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER"))
                .expectStatus(200);
        return id;
    }

    /** A registered proposal given to units by the office: AWAITING_SIGN_OFF. Returns the detail. */
    public static JsonNode assigned(ApiClient member, ApiClient office, String title, Map<String, Object> plan) {
        long id = registered(member, office, title);
        return office.post("/api/proposals/" + id + "/assign", plan)
                .expectStatus(200)
                .json();
    }

    /** The assignment of the unit in a proposal's detail that has not been returned. */
    public static long assignmentOf(JsonNode proposal, String unitName) {
        for (JsonNode assignment : proposal.get("assignments")) {
            if (assignment.get("unitName").asString().equals(unitName)
                    && !assignment.get("status").asString().equals("RETURNED")) {
                return assignment.get("id").asLong();
            }
        }
        throw new AssertionError("no assignment of " + unitName + " in " + proposal.get("assignments"));
    }

    public static String state(JdbcTemplate jdbc, long proposalId) {
        return jdbc.queryForObject("SELECT state FROM proposal WHERE id = ?", String.class, proposalId);
    }

    public static String processInstance(JdbcTemplate jdbc, long proposalId) {
        return jdbc.queryForObject("SELECT process_instance_id FROM proposal WHERE id = ?", String.class, proposalId);
    }

    public static long historyCount(JdbcTemplate jdbc, long proposalId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM proposal_history WHERE proposal_id = ?", Long.class, proposalId);
    }

    /** The status of each co-signer of a proposal, by member id. */
    public static Map<Long, String> cosignerStatuses(JdbcTemplate jdbc, long proposalId) {
        Map<Long, String> statuses = new HashMap<>();
        jdbc.query(
                "SELECT member_id, status FROM proposal_cosigner WHERE proposal_id = ?",
                rs -> {
                    statuses.put(rs.getLong(1), rs.getString(2));
                },
                proposalId);
        return statuses;
    }

    /** How many open Flowable tasks of one kind the proposal's process has. */
    public static long openTasks(TaskService tasks, JdbcTemplate jdbc, long proposalId, String taskKey) {
        return tasks.createTaskQuery()
                .processInstanceId(processInstance(jdbc, proposalId))
                .taskDefinitionKey(taskKey)
                .count();
    }

    /** The history as the timeline API shows it to {@code viewer}. */
    public static List<JsonNode> history(ApiClient viewer, long proposalId) {
        return viewer.get("/api/proposals/" + proposalId + "/history")
                .expectStatus(200)
                .json()
                .valueStream()
                .toList();
    }

    /** A text field of a JSON object, or null when it is absent or JSON null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** Checks one history entry: action, actor role, from and to state. */
    public static void assertEntry(JsonNode entry, String action, String actorRole, String from, String to) {
        assertThat(text(entry, "action")).as("action of %s", entry).isEqualTo(action);
        assertThat(text(entry, "actorRole")).as("actor role of %s", entry).isEqualTo(actorRole);
        assertThat(text(entry, "fromState")).as("from state of %s", entry).isEqualTo(from);
        assertThat(text(entry, "toState")).as("to state of %s", entry).isEqualTo(to);
    }

    public static JsonNode last(List<JsonNode> entries) {
        return entries.get(entries.size() - 1);
    }

    /** Text with at least one Chinese character: the API's messages are for Chinese readers. */
    public static boolean chinese(String text) {
        return text != null
                && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * Everything an action on a proposal may change: its row, its history, its assignments and co-signers, its
     * attachments and its open Flowable tasks. Equal snapshots before and after a refused request show that
     * nothing changed.
     */
    public record Snapshot(
            Map<String, Object> proposal,
            long history,
            List<Map<String, Object>> assignments,
            List<Map<String, Object>> cosigners,
            long attachments,
            List<String> tasks) {

        public static Snapshot of(JdbcTemplate jdbc, TaskService taskService, long proposalId) {
            Map<String, Object> proposal = jdbc.queryForMap(
                    "SELECT state, proposal_number, title, refusal_reason, converted_to, "
                            + "merged_into_id, decision_comment, submitted_at, registered_at, updated_at "
                            + "FROM proposal WHERE id = ?",
                    proposalId);
            List<Map<String, Object>> assignments = jdbc.queryForList(
                    "SELECT id, unit_id, unit_role, status, sign_due_date, "
                            + "return_reason, signed_by, replaced_by_id, updated_at FROM "
                            + "proposal_assignment WHERE proposal_id = ? ORDER BY id",
                    proposalId);
            List<Map<String, Object>> cosigners = jdbc.queryForList(
                    "SELECT member_id, status, answered_at FROM proposal_cosigner "
                            + "WHERE proposal_id = ? ORDER BY member_id",
                    proposalId);
            long attachments = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM proposal_attachment WHERE proposal_id = ?", Long.class, proposalId);
            List<String> tasks = new ArrayList<>(
                    taskService.createTaskQuery().processInstanceId(processInstance(jdbc, proposalId)).list().stream()
                            .map(t -> t.getTaskDefinitionKey() + ":" + t.getId())
                            .sorted()
                            .toList());
            return new Snapshot(
                    lowerKeys(proposal),
                    historyCount(jdbc, proposalId),
                    assignments.stream().map(ProposalFixtures::lowerKeys).toList(),
                    cosigners.stream().map(ProposalFixtures::lowerKeys).toList(),
                    attachments,
                    tasks);
        }
    }

    /** H2 and MariaDB name the columns in different cases. */
    private static Map<String, Object> lowerKeys(Map<String, Object> row) {
        Map<String, Object> lower = new HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }
}
