package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.assigned;
import static org.cppcc.platform.proposal.ProposalFixtures.assignmentOf;
import static org.cppcc.platform.proposal.ProposalFixtures.chinese;
import static org.cppcc.platform.proposal.ProposalFixtures.historyCount;
import static org.cppcc.platform.proposal.ProposalFixtures.leadPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.splitPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.state;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Part 2's rules: only the right role in the right state acts (403/404/409, nothing changes); a reply
 * reaches the proposers only after countersign and office check; one evaluation per proposer and
 * round; a split unit never sees or touches another unit's reply; paper forms are recorded as such.
 */
class ProposalHandlingRulesTest extends IntegrationTest {

    @Autowired
    ManagementService management;

    @Test
    void aSplitUnitNeitherSeesNorTouchesAnotherUnitsReply() {
        ApiClient member = loginAs("wy021");
        ApiClient office = loginAs("tab02");
        ApiClient zjj = loginAs("zjj");
        ApiClient mzj = loginAs("mzj");
        JsonNode proposal =
                assigned(member, office, title("分办答复互不可见"), splitPlan(unitId(jdbc, "ZJJ"), unitId(jdbc, "MZJ")));
        long id = proposal.get("id").asLong();
        long zjjA = assignmentOf(proposal, "区住房和城乡建设局");
        long mzjA = assignmentOf(proposal, "区民政局");
        zjj.post("/api/proposals/assignments/" + zjjA + "/sign", null).expectStatus(204);
        mzj.post("/api/proposals/assignments/" + mzjA + "/sign", null).expectStatus(204);
        zjj.put("/api/proposals/assignments/" + zjjA + "/reply", reply("A")).expectStatus(204);

        assertThat(mzj.get("/api/proposals/" + id + "/handling")
                        .expectStatus(200)
                        .json()
                        .get("replies"))
                .isEmpty();
        long before = historyCount(jdbc, id);
        assertRefused(mzj.put("/api/proposals/assignments/" + zjjA + "/reply", reply("C")), 404);
        assertRefused(mzj.post("/api/proposals/assignments/" + zjjA + "/reply/submit", null), 404);
        assertRefused(mzj.post("/api/proposals/assignments/" + zjjA + "/contacts", contact()), 404);
        assertThat(historyCount(jdbc, id)).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT reply_class FROM proposal_reply WHERE assignment_id = ?", String.class, zjjA))
                .isEqualTo("A");
    }

    @Test
    void aReplyReachesTheProposersOnlyAfterCountersignAndOfficeCheck() {
        Handling h = handlingWithAssisting("答复送达前提案人不可见");
        h.jyj.post("/api/proposals/assignments/" + h.assist + "/opinion", Map.of("content", "同意"))
                .expectStatus(204);
        h.fgj.put("/api/proposals/assignments/" + h.lead + "/reply", reply("B")).expectStatus(204);
        assertThat(replies(h.member, h.id)).isEmpty();
        h.fgj.post("/api/proposals/assignments/" + h.lead + "/reply/submit", null)
                .expectStatus(204);
        assertThat(replies(h.member, h.id)).isEmpty();
        assertThat(replies(h.jyj, h.id)).hasSize(1);

        assertRefused(h.fgj.post("/api/proposals/assignments/" + h.lead + "/reply/approve", null), 409);
        h.jyj.post("/api/proposals/assignments/" + h.assist + "/countersign", Map.of("agree", true))
                .expectStatus(204);
        assertRefused(
                h.jyj.post("/api/proposals/assignments/" + h.assist + "/countersign", Map.of("agree", true)), 409);
        assertRefused(
                h.office.post("/api/proposals/assignments/" + h.lead + "/reply/check", Map.of("approve", true)), 409);
        // Another account of the unit is no longer enough: only its 分管领导 signs off, and nothing moves.
        assertRefused(h.fgj.post("/api/proposals/assignments/" + h.lead + "/reply/approve", null), 403);
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM proposal_reply WHERE assignment_id = ?", String.class, h.lead))
                .isEqualTo("LEADER_APPROVAL");
        // …and the sign-off is offered to the leader only.
        ApiClient leader = loginAs("fgjld");
        assertThat(actionsOf(h.fgj, h.id)).doesNotContain("APPROVE_REPLY");
        assertThat(actionsOf(leader, h.id)).contains("APPROVE_REPLY");
        leader.post("/api/proposals/assignments/" + h.lead + "/reply/approve", null)
                .expectStatus(204);
        assertThat(replies(h.member, h.id)).isEmpty();

        h.office
                .post(
                        "/api/proposals/assignments/" + h.lead + "/reply/check",
                        Map.of("approve", true, "finalClass", "A"))
                .expectStatus(204);
        JsonNode sent = replies(h.member, h.id);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("finalClass").asString()).isEqualTo("A");
        assertThat(state(jdbc, h.id)).isEqualTo("AWAITING_EVALUATION");
    }

    @Test
    void wrongRolesAndStatesAreRefusedAndChangeNothing() {
        Handling h = handlingWithAssisting("第二阶段的越权与错序");
        long before = historyCount(jdbc, h.id);

        assertRefused(
                h.member.post("/api/proposals/assignments/" + h.lead + "/reply/check", Map.of("approve", true)), 403);
        assertRefused(h.fgj.post("/api/proposals/" + h.id + "/publish", null), 403);
        assertRefused(h.office.put("/api/proposals/assignments/" + h.lead + "/reply", reply("A")), 403);
        assertRefused(h.member.post("/api/proposals/" + h.id + "/evaluations", evaluation("SATISFIED")), 409);
        assertRefused(h.office.post("/api/proposals/" + h.id + "/publish", null), 409);
        assertRefused(h.office.post("/api/proposals/" + h.id + "/after-evaluation", Map.of("decision", "CLOSE")), 409);
        assertRefused(
                h.fgj.post("/api/proposals/assignments/" + h.lead + "/opinion", Map.of("content", "主办不写会办意见")), 409);
        assertRefused(h.jyj.put("/api/proposals/assignments/" + h.assist + "/reply", reply("A")), 409);
        assertRefused(h.fgj.post("/api/proposals/assignments/" + h.lead + "/reply/submit", null), 409);
        assertRefused(
                h.jyj.post("/api/proposals/assignments/" + h.assist + "/countersign", Map.of("agree", true)), 409);
        Response future = h.fgj.post(
                "/api/proposals/assignments/" + h.lead + "/contacts",
                Map.of("contactDate", "2099-01-01", "way", "PHONE", "content", "未来的沟通"));
        assertRefused(future, 400);
        assertThat(future.fields()).containsExactly("contactDate");
        Response tooLong =
                h.fgj.post("/api/proposals/assignments/" + h.lead + "/extensions", Map.of("months", 4, "reason", "太久"));
        assertRefused(tooLong, 400);
        assertThat(tooLong.fields()).containsExactly("months");

        assertThat(historyCount(jdbc, h.id)).isEqualTo(before);
        assertThat(state(jdbc, h.id)).isEqualTo("HANDLING");
    }

    @Test
    void extensionsAreCappedAndMoveTheDueDate() {
        Handling h = handlingWithAssisting("延期上限");
        String due = jdbc.queryForObject(
                "SELECT reply_due_date FROM proposal_assignment WHERE id = ?", String.class, h.lead);
        long first = h.fgj.post(
                        "/api/proposals/assignments/" + h.lead + "/extensions", Map.of("months", 2, "reason", "预算"))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        assertRefused(
                h.fgj.post("/api/proposals/assignments/" + h.lead + "/extensions", Map.of("months", 1, "reason", "再延")),
                409);
        h.office
                .post("/api/proposals/extensions/" + first + "/decision", Map.of("approve", true))
                .expectStatus(204);
        assertRefused(h.office.post("/api/proposals/extensions/" + first + "/decision", Map.of("approve", true)), 409);
        assertThat(jdbc.queryForObject(
                        "SELECT reply_due_date FROM proposal_assignment WHERE id = ?", String.class, h.lead))
                .isGreaterThan(due);
        Response overCap =
                h.fgj.post("/api/proposals/assignments/" + h.lead + "/extensions", Map.of("months", 2, "reason", "又延"));
        assertRefused(overCap, 400);
        assertThat(overCap.detail()).contains("1个月");
    }

    @Test
    void aPaperFormIsRecordedOnTheProposersBehalfAndTheWindowClosesOnTheRest() {
        Handling h = handlingWithAssisting("代录纸质征询意见表");
        sendReply(h);
        long memberId = ProposalFixtures.memberId(jdbc, "wy022");
        Response twice;
        h.office
                .post(
                        "/api/proposals/" + h.id + "/evaluations",
                        Map.of(
                                "memberId",
                                memberId,
                                "contacted",
                                false,
                                "attitude",
                                "BASICALLY_SATISFIED",
                                "result",
                                "SATISFIED"))
                .expectStatus(204);
        twice = h.member.post("/api/proposals/" + h.id + "/evaluations", evaluation("SATISFIED"));
        assertRefused(twice, 409);
        JsonNode entry = ProposalFixtures.last(ProposalFixtures.history(h.office, h.id));
        assertThat(entry.get("action").asString()).isEqualTo("EVALUATE");
        assertThat(entry.get("actorRole").asString()).isEqualTo("PROPOSAL_OFFICE");
        assertThat(entry.get("onBehalfOf").asString()).isEqualTo(ProposalFixtures.displayName(jdbc, "wy022"));
        assertThat(jdbc.queryForObject(
                        "SELECT on_paper FROM proposal_evaluation WHERE proposal_id = ?", Boolean.class, h.id))
                .isTrue();
    }

    @Test
    void theEvaluationWindowClosingLetsTheOfficeDecide() {
        ApiClient member = loginAs("wy023");
        ApiClient cosigner = loginAs("wy024");
        Handling h =
                handlingWithAssisting(member, "评价期限届满", List.of(ProposalFixtures.memberId(jdbc, "wy024")), cosigner);
        sendReply(h);
        h.member
                .post("/api/proposals/" + h.id + "/evaluations", evaluation("SATISFIED"))
                .expectStatus(204);
        assertRefused(h.office.post("/api/proposals/" + h.id + "/after-evaluation", Map.of("decision", "CLOSE")), 409);

        String instance = ProposalFixtures.processInstance(jdbc, h.id);
        Job timer = management.createTimerJobQuery().processInstanceId(instance).singleResult();
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());

        assertRefused(cosigner.post("/api/proposals/" + h.id + "/evaluations", evaluation("UNSATISFIED")), 409);
        assertRefused(
                h.office.post("/api/proposals/" + h.id + "/after-evaluation", Map.of("decision", "REHANDLE")), 409);
        h.office
                .post("/api/proposals/" + h.id + "/after-evaluation", Map.of("decision", "CLOSE"))
                .expectStatus(204);
        assertThat(state(jdbc, h.id)).isEqualTo("CLOSED");
        assertThat(ProposalFixtures.history(h.office, h.id).stream()
                        .map(e -> e.get("action").asString()))
                .contains("EVALUATION_WINDOW_CLOSED");
    }

    // --- helpers ---

    private record Handling(
            long id, long lead, long assist, ApiClient member, ApiClient office, ApiClient fgj, ApiClient jyj) {}

    private Handling handlingWithAssisting(String words) {
        return handlingWithAssisting(loginAs("wy022"), words, List.of(), null);
    }

    /** A proposal signed for by 区发改局 (lead) and 区教育局 (assisting), in handling. */
    private Handling handlingWithAssisting(ApiClient member, String words, List<Long> cosigners, ApiClient cosigner) {
        ApiClient office = loginAs("tab01");
        ApiClient fgj = loginAs("fgj");
        ApiClient jyj = loginAs("jyj");
        Map<String, Object> plan = leadPlan(unitId(jdbc, "FGJ"), unitId(jdbc, "JYJ"));
        JsonNode proposal;
        if (cosigners.isEmpty()) {
            proposal = assigned(member, office, title(words), plan);
        } else {
            long id = ProposalFixtures.createDraft(member, ProposalFixtures.form(title(words), "JOINT", cosigners));
            member.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
            cosigner.post("/api/proposals/" + id + "/cosign", Map.of("confirm", true))
                    .expectStatus(200);
            member.post("/api/proposals/" + id + "/submit-for-review", null).expectStatus(200);
            office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER"))
                    .expectStatus(200);
            proposal = office.post("/api/proposals/" + id + "/assign", plan)
                    .expectStatus(200)
                    .json();
        }
        long lead = assignmentOf(proposal, "区发展和改革局");
        long assist = assignmentOf(proposal, "区教育局");
        fgj.post("/api/proposals/assignments/" + lead + "/sign", null).expectStatus(204);
        jyj.post("/api/proposals/assignments/" + assist + "/sign", null).expectStatus(204);
        return new Handling(proposal.get("id").asLong(), lead, assist, member, office, fgj, jyj);
    }

    private void sendReply(Handling h) {
        h.jyj.post("/api/proposals/assignments/" + h.assist + "/opinion", Map.of("content", "同意"))
                .expectStatus(204);
        h.fgj.put("/api/proposals/assignments/" + h.lead + "/reply", reply("A")).expectStatus(204);
        h.fgj.post("/api/proposals/assignments/" + h.lead + "/reply/submit", null)
                .expectStatus(204);
        h.jyj.post("/api/proposals/assignments/" + h.assist + "/countersign", Map.of("agree", true))
                .expectStatus(204);
        loginAs("fgjld")
                .post("/api/proposals/assignments/" + h.lead + "/reply/approve", null)
                .expectStatus(204);
        h.office
                .post("/api/proposals/assignments/" + h.lead + "/reply/check", Map.of("approve", true))
                .expectStatus(204);
    }

    private static String actionsOf(ApiClient viewer, long id) {
        return viewer.get("/api/proposals/" + id + "/handling")
                .expectStatus(200)
                .json()
                .get("actions")
                .toString();
    }

    private static JsonNode replies(ApiClient viewer, long id) {
        return viewer.get("/api/proposals/" + id + "/handling")
                .expectStatus(200)
                .json()
                .get("replies");
    }

    private static Map<String, Object> reply(String replyClass) {
        return Map.of(
                "replyClass",
                replyClass,
                "body",
                "答复正文",
                "signingLeader",
                "领导",
                "officer",
                "办理人",
                "officerPhone",
                "0731-85601001");
    }

    private static Map<String, Object> contact() {
        return Map.of("contactDate", "2026-11-01", "way", "PHONE", "content", "电话沟通");
    }

    private static Map<String, Object> evaluation(String verdict) {
        return Map.of("contacted", true, "contactWay", "VISIT", "attitude", verdict, "result", verdict);
    }

    @Test
    void theOutcomeOfAPreHandlingMeetingStillToComeIsRefused() {
        ApiClient member = loginAs("wy022");
        ApiClient office = loginAs("tab02");
        long fgj = unitId(jdbc, "FGJ");
        long id = assigned(member, office, title("办前协商会时间未到"), leadPlan(fgj))
                .get("id")
                .asLong();
        long meeting = office.post(
                        "/api/proposals/" + id + "/meetings",
                        Map.of(
                                "meetingTime",
                                LocalDate.now().plusDays(3).atTime(9, 30).toString(),
                                "place",
                                "区政协三楼会议室",
                                "chair",
                                "区政协副主席",
                                "inviteeMemberIds",
                                List.of(),
                                "inviteeUnitIds",
                                List.of(fgj)))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        long before = historyCount(jdbc, id);
        Map<String, String> outcome = Map.of("minutes", "会前拟好的结论", "attendance", "提案人、区发改局");

        Response early = office.post("/api/proposals/meetings/" + meeting + "/outcome", outcome);
        assertRefused(early, 409);
        assertThat(early.code()).isEqualTo("MEETING_NOT_YET_HELD");
        assertThat(historyCount(jdbc, id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT held_at FROM proposal_meeting WHERE id = ?", Object.class, meeting))
                .isNull();

        // Once its time has come, the outcome is taken.
        jdbc.update(
                "UPDATE proposal_meeting SET meeting_time = ? WHERE id = ?",
                LocalDate.now().minusDays(1).atTime(9, 30),
                meeting);
        office.post("/api/proposals/meetings/" + meeting + "/outcome", outcome).expectStatus(204);
    }

    private static void assertRefused(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(chinese(response.detail())).as(response.body()).isTrue();
    }
}
