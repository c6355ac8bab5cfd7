package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.assigned;
import static org.cppcc.platform.proposal.ProposalFixtures.assignmentOf;
import static org.cppcc.platform.proposal.ProposalFixtures.chinese;
import static org.cppcc.platform.proposal.ProposalFixtures.createDraft;
import static org.cppcc.platform.proposal.ProposalFixtures.form;
import static org.cppcc.platform.proposal.ProposalFixtures.individualForm;
import static org.cppcc.platform.proposal.ProposalFixtures.leadPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.memberId;
import static org.cppcc.platform.proposal.ProposalFixtures.registered;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.underReview;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.proposal.ProposalFixtures.Snapshot;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Only the right person in the right state may act. Anything else is refused (403 for the wrong person,
 * 404 for what they may not see, 409 for the wrong state) with a Chinese message, and nothing changes:
 * not the proposal, its history, its assignments and co-signers, nor its Flowable tasks.
 */
class ProposalRulesTest extends IntegrationTest {

    @Autowired
    TaskService tasks;

    private Snapshot snapshot(long proposalId) {
        return Snapshot.of(jdbc, tasks, proposalId);
    }

    private static void assertRefused(Response response, int status, String code, String detailPart) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.detail())
                .satisfies(detail -> assertThat(chinese(detail))
                        .as("Chinese detail: %s", detail)
                        .isTrue());
        if (detailPart != null) {
            assertThat(response.detail()).contains(detailPart);
        }
    }

    @Test
    void officeAndLeadersCannotSeeOrReviewADraft() {
        ApiClient member = loginAs("wy041");
        long id = createDraft(member, individualForm(title("关于规范校外培训机构管理的建议")));
        Snapshot before = snapshot(id);

        ApiClient office = loginAs("tab01");
        office.get("/api/proposals/" + id).expectStatus(404);
        assertRefused(
                office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER")),
                404,
                "NOT_FOUND",
                "提案不存在");
        loginAs("ld01").get("/api/proposals/" + id).expectStatus(404);
        loginAs("fgj").get("/api/proposals/" + id).expectStatus(404);

        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void membersAndLeadersCannotReview() {
        ApiClient member = loginAs("wy041");
        long id = underReview(member, title("关于加大小微企业贷款贴息的建议"));
        Snapshot before = snapshot(id);

        assertRefused(
                member.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER")), 403, "FORBIDDEN", null);
        assertRefused(
                loginAs("ld01").post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER")),
                403,
                "FORBIDDEN",
                null);
        assertRefused(
                loginAs("fgj").post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER")),
                403,
                "FORBIDDEN",
                null);

        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void unitsAndMembersCannotAssign() {
        long id = registered(loginAs("wy042"), loginAs("tab01"), title("关于推进数字乡村建设的建议"));
        Snapshot before = snapshot(id);

        Map<String, Object> plan = leadPlan(unitId(jdbc, "FGJ"));
        assertRefused(loginAs("fgj").post("/api/proposals/" + id + "/assign", plan), 403, "FORBIDDEN", null);
        assertRefused(loginAs("wy042").post("/api/proposals/" + id + "/assign", plan), 403, "FORBIDDEN", null);

        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void proposerCannotSubmitTwiceNorEditAfterSubmitting() {
        ApiClient member = loginAs("wy042");
        String title = title("关于完善社区嵌入式托育服务的建议");
        long id = underReview(member, title);
        Snapshot before = snapshot(id);

        assertRefused(
                member.post("/api/proposals/" + id + "/submit", null), 409, "STATE_CONFLICT", "提案当前状态为「待审查」，不能进行此操作");
        assertRefused(member.put("/api/proposals/" + id, individualForm(title)), 409, "STATE_CONFLICT", "待审查");
        assertRefused(member.post("/api/proposals/" + id + "/submit-for-review", null), 409, "STATE_CONFLICT", "待审查");

        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void officeCannotRegisterTwiceNorTakeANumberForIt() {
        ApiClient office = loginAs("tab02");
        long id = registered(loginAs("wy043"), office, title("关于提高基层医疗服务能力的建议"));
        Snapshot before = snapshot(id);
        Integer counter = jdbc.queryForObject(
                "SELECT last_number FROM proposal_number_counter WHERE session_id = "
                        + "(SELECT session_id FROM proposal WHERE id = ?)",
                Integer.class,
                id);

        assertRefused(
                office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER")),
                409,
                "STATE_CONFLICT",
                "提案当前状态为「待交办」，不能进行此操作");
        assertRefused(
                loginAs("tab01")
                        .post(
                                "/api/proposals/" + id + "/review",
                                Map.of("outcome", "REFUSE", "refusalReason", "OTHER")),
                409,
                "STATE_CONFLICT",
                "待交办");

        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT last_number FROM proposal_number_counter WHERE session_id = "
                                + "(SELECT session_id FROM proposal WHERE id = ?)",
                        Integer.class,
                        id))
                .isEqualTo(counter);
    }

    @Test
    void cosignerCannotAnswerTwiceAndUninvitedMembersSeeNothing() {
        ApiClient lead = loginAs("wy043");
        ApiClient cosigner = loginAs("wy044");
        ApiClient stranger = loginAs("wy045");
        long id = createDraft(
                lead, form(title("关于建设口袋公园的建议"), "JOINT", List.of(memberId(jdbc, "wy044"), memberId(jdbc, "wy046"))));
        lead.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        cosigner.post("/api/proposals/" + id + "/cosign", Map.of("confirm", true))
                .expectStatus(200);
        Snapshot before = snapshot(id);

        assertRefused(
                cosigner.post("/api/proposals/" + id + "/cosign", Map.of("confirm", false)),
                409,
                "STATE_CONFLICT",
                "没有待您确认的联名邀请");
        assertRefused(
                stranger.post("/api/proposals/" + id + "/cosign", Map.of("confirm", true)), 404, "NOT_FOUND", "提案不存在");
        stranger.get("/api/proposals/" + id).expectStatus(404);
        stranger.get("/api/proposals/" + id + "/history").expectStatus(404);
        // Only the lead proposer ends co-signing.
        assertRefused(
                cosigner.post("/api/proposals/" + id + "/submit-for-review", null), 403, "FORBIDDEN", "只有提案人本人可以进行此操作");
        assertRefused(stranger.post("/api/proposals/" + id + "/submit-for-review", null), 404, "NOT_FOUND", null);

        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(ProposalFixtures.cosignerStatuses(jdbc, id)).containsEntry(memberId(jdbc, "wy044"), "CONFIRMED");
    }

    @Test
    void anotherMemberCannotEditOrSubmitSomeonesDraft() {
        ApiClient owner = loginAs("wy046");
        ApiClient other = loginAs("wy047");
        String title = title("关于推广装配式建筑的建议");
        long id = createDraft(owner, individualForm(title));
        Snapshot before = snapshot(id);

        assertRefused(other.put("/api/proposals/" + id, individualForm(title("改写的案由"))), 404, "NOT_FOUND", "提案不存在");
        assertRefused(other.post("/api/proposals/" + id + "/submit", null), 404, "NOT_FOUND", "提案不存在");
        assertRefused(loginAs("tab01").put("/api/proposals/" + id, individualForm(title)), 403, "FORBIDDEN", null);

        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void unitCannotSignAnotherUnitsAssignmentNorSignTwice() {
        ApiClient fgj = loginAs("fgj");
        ApiClient jyj = loginAs("jyj");
        JsonNode assigned = assigned(
                loginAs("wy047"),
                loginAs("tab01"),
                title("关于扩大有效投资的建议"),
                leadPlan(unitId(jdbc, "FGJ"), unitId(jdbc, "ZJJ")));
        long id = assigned.get("id").asLong();
        long assignment = assignmentOf(assigned, "区发展和改革局");
        Snapshot untouched = snapshot(id);

        assertRefused(
                jyj.post("/api/proposals/assignments/" + assignment + "/sign", null), 404, "NOT_FOUND", "交办记录不存在");
        assertRefused(
                jyj.post("/api/proposals/assignments/" + assignment + "/return-request", Map.of("reason", "不属于本单位")),
                404,
                "NOT_FOUND",
                "交办记录不存在");
        jyj.get("/api/proposals/" + id).expectStatus(404);
        assertRefused(
                loginAs("tab01").post("/api/proposals/assignments/" + assignment + "/sign", null),
                403,
                "FORBIDDEN",
                null);
        assertThat(snapshot(id)).isEqualTo(untouched);

        fgj.post("/api/proposals/assignments/" + assignment + "/sign", null).expectStatus(204);
        Snapshot signed = snapshot(id);

        assertRefused(
                fgj.post("/api/proposals/assignments/" + assignment + "/sign", null),
                409,
                "STATE_CONFLICT",
                "该交办不在待签收状态");
        assertRefused(
                fgj.post("/api/proposals/assignments/" + assignment + "/return-request", Map.of("reason", "改变主意")),
                409,
                "STATE_CONFLICT",
                "该交办不在待签收状态");
        assertThat(snapshot(id)).isEqualTo(signed);
    }

    @Test
    void returnRequestAfterTheSignOffDueDateIsRefused() {
        ApiClient fgj = loginAs("fgj");
        JsonNode assigned =
                assigned(loginAs("wy048"), loginAs("tab02"), title("关于降低企业物流成本的建议"), leadPlan(unitId(jdbc, "FGJ")));
        long id = assigned.get("id").asLong();
        long assignment = assignmentOf(assigned, "区发展和改革局");
        LocalDate overdue = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3);
        jdbc.update("UPDATE proposal_assignment SET sign_due_date = ? WHERE id = ?", Date.valueOf(overdue), assignment);
        Snapshot before = snapshot(id);

        assertRefused(
                fgj.post("/api/proposals/assignments/" + assignment + "/return-request", Map.of("reason", "不属于本单位职责")),
                409,
                "STATE_CONFLICT",
                "已超过签收期限（" + overdue + "）");

        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void officeCannotAssignWhatIsStillUnderReviewNorDecideAReturnNobodyAskedFor() {
        ApiClient office = loginAs("tab01");
        long underReview = underReview(loginAs("wy048"), title("关于加强农村饮用水安全保障的建议"));
        Snapshot before = snapshot(underReview);

        assertRefused(
                office.post("/api/proposals/" + underReview + "/assign", leadPlan(unitId(jdbc, "FGJ"))),
                409,
                "STATE_CONFLICT",
                "提案当前状态为「待审查」，不能进行此操作");
        assertThat(snapshot(underReview)).isEqualTo(before);

        JsonNode assigned = assigned(loginAs("wy049"), office, title("关于发展林下经济的建议"), leadPlan(unitId(jdbc, "FGJ")));
        long id = assigned.get("id").asLong();
        long assignment = assignmentOf(assigned, "区发展和改革局");
        Snapshot awaiting = snapshot(id);

        assertRefused(
                office.post(
                        "/api/proposals/assignments/" + assignment + "/return-decision",
                        Map.of("approve", false, "comment", "不同意")),
                409,
                "STATE_CONFLICT",
                null);
        assertRefused(
                office.post(
                        "/api/proposals/assignments/" + assignment + "/return-decision",
                        Map.of("approve", true, "newUnitId", unitId(jdbc, "JYJ"))),
                409,
                "STATE_CONFLICT",
                null);
        assertRefused(
                office.post("/api/proposals/" + id + "/assign", leadPlan(unitId(jdbc, "JYJ"))),
                409,
                "STATE_CONFLICT",
                "待签收");
        assertRefused(
                loginAs("fgj")
                        .post(
                                "/api/proposals/assignments/" + assignment + "/return-decision",
                                Map.of("approve", false, "comment", "不同意")),
                403,
                "FORBIDDEN",
                null);

        assertThat(snapshot(id)).isEqualTo(awaiting);
    }

    @Test
    void administratorResidentAndLiaisonCannotEvenListProposals() {
        long id = underReview(loginAs("wy049"), title("关于加强历史文化街区保护的建议"));
        Snapshot before = snapshot(id);

        for (String username : List.of("admin", "jm01", "lly01")) {
            ApiClient client = loginAs(username);
            assertRefused(client.get("/api/proposals"), 403, "FORBIDDEN", null);
            assertRefused(client.get("/api/proposals/todo"), 403, "FORBIDDEN", null);
            assertRefused(client.get("/api/proposals/" + id), 403, "FORBIDDEN", null);
            assertRefused(client.post("/api/proposals", individualForm(title("无权提出"))), 403, "FORBIDDEN", null);
            assertRefused(
                    client.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER")),
                    403,
                    "FORBIDDEN",
                    null);
        }
        assertRefused(anonymous().get("/api/proposals"), 401, "UNAUTHENTICATED", null);

        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void aUnitSeesOnlyItsOwnAssignmentsAndNoDraft() {
        ApiClient office = loginAs("tab02");
        ApiClient fgj = loginAs("fgj");
        String marker = title("单位范围");
        long fgjId = unitId(jdbc, "FGJ");
        JsonNode ours = assigned(loginAs("wy050"), office, marker + "发改局承办的提案", leadPlan(fgjId));
        JsonNode theirs = assigned(loginAs("wy050"), office, marker + "教育局承办的提案", leadPlan(unitId(jdbc, "JYJ")));
        long registeredOnly = registered(loginAs("wy050"), office, marker + "尚未交办的提案");
        long draft = createDraft(loginAs("wy050"), individualForm(marker + "草稿"));

        JsonNode list = fgj.get("/api/proposals?scope=UNIT&size=100&keyword=" + encode(marker))
                .expectStatus(200)
                .json();
        assertThat(list.get("items")
                        .valueStream()
                        .map(p -> p.get("id").asLong())
                        .toList())
                .containsExactly(ours.get("id").asLong());
        // The default scope of a unit user is its own assignments.
        assertThat(fgj.get("/api/proposals?size=100&keyword=" + encode(marker))
                        .expectStatus(200)
                        .json()
                        .get("total")
                        .asLong())
                .isOne();

        fgj.get("/api/proposals/" + ours.get("id").asLong()).expectStatus(200);
        for (long hidden : List.of(theirs.get("id").asLong(), registeredOnly, draft)) {
            assertRefused(fgj.get("/api/proposals/" + hidden), 404, "NOT_FOUND", "提案不存在");
            fgj.get("/api/proposals/" + hidden + "/history").expectStatus(404);
            fgj.get("/api/proposals/" + hidden + "/diagram").expectStatus(404);
        }
        assertRefused(fgj.get("/api/proposals?scope=SUBMITTED"), 403, "FORBIDDEN", "无权查看该范围的提案");
        assertRefused(fgj.get("/api/proposals?scope=MINE"), 403, "FORBIDDEN", "无权查看该范围的提案");

        // Whatever else the run has made: every proposal in the unit's list is assigned to it, none is a draft.
        for (JsonNode item :
                fgj.get("/api/proposals?size=100").expectStatus(200).json().get("items")) {
            long id = item.get("id").asLong();
            assertThat(item.get("state").asString()).isNotEqualTo("DRAFT");
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM proposal_assignment WHERE proposal_id = ? AND unit_id = ? "
                                    + "AND status <> 'RETURNED'",
                            Long.class,
                            id,
                            fgjId))
                    .as("assignment of proposal %s", id)
                    .isPositive();
        }
    }

    @Test
    void aMembersListShowsTheirOwnAndTheirInvitationsButNobodyElsesDrafts() {
        ApiClient me = loginAs("wy051");
        ApiClient other = loginAs("wy052");
        long myId = memberId(jdbc, "wy051");
        String marker = title("委员范围");
        long mine = createDraft(me, individualForm(marker + "我的草稿"));
        long othersDraft = createDraft(other, individualForm(marker + "他人草稿"));
        long notYetInvited = createDraft(other, form(marker + "尚未发出的联名邀请", "JOINT", List.of(myId)));
        long invited = createDraft(other, form(marker + "已发出的联名邀请", "JOINT", List.of(myId)));
        other.post("/api/proposals/" + invited + "/submit", null).expectStatus(200);
        long othersSubmitted = underReview(other, marker + "他人已提交");

        JsonNode list = me.get("/api/proposals?scope=MINE&size=100&keyword=" + encode(marker))
                .expectStatus(200)
                .json();

        assertThat(list.get("items")
                        .valueStream()
                        .map(p -> p.get("id").asLong())
                        .toList())
                .containsExactlyInAnyOrder(mine, invited);
        for (long hidden : List.of(othersDraft, notYetInvited, othersSubmitted)) {
            assertRefused(me.get("/api/proposals/" + hidden), 404, "NOT_FOUND", "提案不存在");
        }
        assertRefused(me.get("/api/proposals?scope=SUBMITTED"), 403, "FORBIDDEN", "无权查看该范围的提案");
        long myAccount = ProposalFixtures.accountId(jdbc, "wy051");
        for (JsonNode item :
                me.get("/api/proposals?size=100").expectStatus(200).json().get("items")) {
            long id = item.get("id").asLong();
            long owner = jdbc.queryForObject("SELECT owner_account_id FROM proposal WHERE id = ?", Long.class, id);
            if (owner != myAccount) {
                assertThat(item.get("state").asString()).isNotEqualTo("DRAFT");
                assertThat(jdbc.queryForObject(
                                "SELECT status FROM proposal_cosigner WHERE proposal_id = ? AND member_id = ?",
                                String.class,
                                id,
                                myId))
                        .isNotEqualTo("PENDING");
            }
        }
    }

    @Test
    void theOfficeListNeverShowsDrafts() {
        ApiClient office = loginAs("tab01");
        String marker = title("提案委范围");
        long draft = createDraft(loginAs("wy053"), individualForm(marker + "草稿"));
        long submitted = underReview(loginAs("wy053"), marker + "已提交");

        JsonNode list = office.get("/api/proposals?scope=SUBMITTED&size=100&keyword=" + encode(marker))
                .expectStatus(200)
                .json();

        assertThat(list.get("items")
                        .valueStream()
                        .map(p -> p.get("id").asLong())
                        .toList())
                .containsExactly(submitted);
        assertThat(office.get("/api/proposals?state=DRAFT&size=100")
                        .expectStatus(200)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(loginAs("ld02")
                        .get("/api/proposals?state=DRAFT")
                        .expectStatus(200)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(office.get("/api/proposals?size=100")
                        .expectStatus(200)
                        .json()
                        .get("items")
                        .valueStream()
                        .map(p -> p.get("state").asString()))
                .doesNotContain("DRAFT");
        office.get("/api/proposals/" + draft).expectStatus(404);
        assertRefused(office.get("/api/proposals?scope=MINE"), 403, "FORBIDDEN", "无权查看该范围的提案");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
