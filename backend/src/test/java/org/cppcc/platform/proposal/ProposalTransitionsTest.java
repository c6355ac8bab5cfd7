package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.accountId;
import static org.cppcc.platform.proposal.ProposalFixtures.assertEntry;
import static org.cppcc.platform.proposal.ProposalFixtures.assigned;
import static org.cppcc.platform.proposal.ProposalFixtures.assignmentOf;
import static org.cppcc.platform.proposal.ProposalFixtures.collectiveForm;
import static org.cppcc.platform.proposal.ProposalFixtures.cosignerStatuses;
import static org.cppcc.platform.proposal.ProposalFixtures.createDraft;
import static org.cppcc.platform.proposal.ProposalFixtures.displayName;
import static org.cppcc.platform.proposal.ProposalFixtures.form;
import static org.cppcc.platform.proposal.ProposalFixtures.history;
import static org.cppcc.platform.proposal.ProposalFixtures.individualForm;
import static org.cppcc.platform.proposal.ProposalFixtures.last;
import static org.cppcc.platform.proposal.ProposalFixtures.leadPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.memberId;
import static org.cppcc.platform.proposal.ProposalFixtures.openTasks;
import static org.cppcc.platform.proposal.ProposalFixtures.processInstance;
import static org.cppcc.platform.proposal.ProposalFixtures.registered;
import static org.cppcc.platform.proposal.ProposalFixtures.splitPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.state;
import static org.cppcc.platform.proposal.ProposalFixtures.text;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.underReview;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.cppcc.platform.support.RecordedEvents;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every transition of part 1 of the lifecycle (draft to handling), each with its history entry and its
 * step in Flowable.
 */
class ProposalTransitionsTest extends IntegrationTest {

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void individualProposalGoesStraightToReviewOnSubmit() {
        ApiClient member = loginAs("wy011");
        ApiClient office = loginAs("tab01");
        long id = createDraft(member, individualForm(title("关于完善社区养老服务设施的建议")));
        assertEntry(last(history(member, id)), "CREATE_DRAFT", "MEMBER", null, "DRAFT");
        assertThat(openTasks(tasks, jdbc, id, "editDraft")).isOne();

        JsonNode submitted = member.post("/api/proposals/" + id + "/submit", null)
                .expectStatus(200)
                .json();

        assertThat(text(submitted, "state")).isEqualTo("UNDER_REVIEW");
        assertThat(text(submitted, "submittedAt")).isNotNull();
        assertThat(cosignerStatuses(jdbc, id)).isEmpty();
        List<JsonNode> entries = history(member, id);
        assertThat(entries).hasSize(2);
        assertEntry(entries.get(1), "SUBMIT", "MEMBER", "DRAFT", "UNDER_REVIEW");
        assertThat(text(entries.get(1), "actorName")).isEqualTo(displayName(jdbc, "wy011"));
        assertThat(openTasks(tasks, jdbc, id, "editDraft")).isZero();
        assertThat(openTasks(tasks, jdbc, id, "review")).isOne();
        assertThat(office.get("/api/proposals/" + id)
                        .expectStatus(200)
                        .json()
                        .get("actions")
                        .toString())
                .contains("REVIEW");
    }

    @Test
    void collectiveProposalGoesStraightToReviewOnSubmit() {
        ApiClient member = loginAs("wy012");
        long id = createDraft(member, collectiveForm(title("关于加强非遗传承人才培养的建议")));

        JsonNode submitted = member.post("/api/proposals/" + id + "/submit", null)
                .expectStatus(200)
                .json();

        assertThat(text(submitted, "state")).isEqualTo("UNDER_REVIEW");
        assertThat(text(submitted, "proposerType")).isEqualTo("COLLECTIVE");
        assertThat(text(submitted, "bodyName")).isEqualTo("民盟江湾区委员会");
        assertThat(text(submitted, "contactPerson")).isEqualTo("联络员甲");
        assertEntry(last(history(member, id)), "SUBMIT", "MEMBER", "DRAFT", "UNDER_REVIEW");
        assertThat(openTasks(tasks, jdbc, id, "review")).isOne();
        assertThat(openTasks(tasks, jdbc, id, "cosign")).isZero();
    }

    @Test
    void jointProposalCollectsCosignersAndUnansweredInvitationsExpireOnSubmitForReview() {
        ApiClient lead = loginAs("wy013");
        ApiClient confirmer = loginAs("wy014");
        ApiClient decliner = loginAs("wy015");
        ApiClient silent = loginAs("wy016");
        long confirmerId = memberId(jdbc, "wy014");
        long declinerId = memberId(jdbc, "wy015");
        long silentId = memberId(jdbc, "wy016");
        long id =
                createDraft(lead, form(title("关于推进垃圾分类精细化管理的建议"), "JOINT", List.of(confirmerId, declinerId, silentId)));
        assertThat(cosignerStatuses(jdbc, id)).containsValues("PENDING").doesNotContainValue("INVITED");

        JsonNode cosigning = lead.post("/api/proposals/" + id + "/submit", null)
                .expectStatus(200)
                .json();
        assertThat(text(cosigning, "state")).isEqualTo("COSIGNING");
        assertThat(cosignerStatuses(jdbc, id))
                .containsOnly(
                        Map.entry(confirmerId, "INVITED"),
                        Map.entry(declinerId, "INVITED"),
                        Map.entry(silentId, "INVITED"));
        assertEntry(last(history(lead, id)), "INVITE_COSIGNERS", "MEMBER", "DRAFT", "COSIGNING");
        assertThat(openTasks(tasks, jdbc, id, "cosign")).isEqualTo(3);
        assertThat(openTasks(tasks, jdbc, id, "submitForReview")).isOne();
        assertThat(silent.get("/api/proposals/todo").expectStatus(200).json().toString())
                .contains("\"proposalId\":" + id + ",");

        confirmer
                .post("/api/proposals/" + id + "/cosign", Map.of("confirm", true))
                .expectStatus(200);
        JsonNode confirmed = last(history(lead, id));
        assertEntry(confirmed, "CONFIRM_COSIGN", "MEMBER", "COSIGNING", "COSIGNING");
        assertThat(text(confirmed, "actorName")).isEqualTo(displayName(jdbc, "wy014"));
        decliner.post("/api/proposals/" + id + "/cosign", Map.of("confirm", false))
                .expectStatus(200);
        JsonNode declined = last(history(lead, id));
        assertEntry(declined, "DECLINE_COSIGN", "MEMBER", "COSIGNING", "COSIGNING");
        assertThat(text(declined, "actorName")).isEqualTo(displayName(jdbc, "wy015"));
        assertThat(openTasks(tasks, jdbc, id, "cosign")).isOne();

        JsonNode underReview = lead.post("/api/proposals/" + id + "/submit-for-review", null)
                .expectStatus(200)
                .json();

        assertThat(text(underReview, "state")).isEqualTo("UNDER_REVIEW");
        assertThat(cosignerStatuses(jdbc, id))
                .containsOnly(
                        Map.entry(confirmerId, "CONFIRMED"),
                        Map.entry(declinerId, "DECLINED"),
                        Map.entry(silentId, "EXPIRED"));
        JsonNode submitted = last(history(lead, id));
        assertEntry(submitted, "SUBMIT_FOR_REVIEW", "MEMBER", "COSIGNING", "UNDER_REVIEW");
        assertThat(text(submitted, "comment")).contains("1位委员未确认");
        assertThat(openTasks(tasks, jdbc, id, "cosign")).isZero();
        assertThat(openTasks(tasks, jdbc, id, "submitForReview")).isZero();
        assertThat(openTasks(tasks, jdbc, id, "review")).isOne();
        // An expired invitation no longer counts: it can no longer be answered and leaves the member's to-do list.
        silent.post("/api/proposals/" + id + "/cosign", Map.of("confirm", true)).expectStatus(409);
        assertThat(cosignerStatuses(jdbc, id)).containsEntry(silentId, "EXPIRED");
        assertThat(silent.get("/api/proposals/todo").expectStatus(200).json().toString())
                .doesNotContain("\"proposalId\":" + id + ",");
    }

    @Test
    void registerGivesTheSessionsNextNumber() {
        ApiClient member = loginAs("wy017");
        ApiClient office = loginAs("tab01");
        long id = underReview(member, title("关于优化公交线路覆盖新建小区的建议"));
        long sessionId = jdbc.queryForObject("SELECT session_id FROM proposal WHERE id = ?", Long.class, id);
        Integer lastBefore = jdbc
                .queryForList(
                        "SELECT last_number FROM proposal_number_counter WHERE session_id = ?",
                        Integer.class,
                        sessionId)
                .stream()
                .findFirst()
                .orElse(0);

        JsonNode registered = office.post(
                        "/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER", "comment", "符合立案条件"))
                .expectStatus(200)
                .json();

        int number = registered.get("proposalNumber").asInt();
        assertThat(number).isEqualTo(lastBefore + 1);
        assertThat(text(registered, "state")).isEqualTo("ASSIGNMENT");
        assertThat(text(registered, "registeredAt")).isNotNull();
        JsonNode entry = last(history(member, id));
        assertEntry(entry, "REGISTER", "PROPOSAL_OFFICE", "UNDER_REVIEW", "ASSIGNMENT");
        assertThat(text(entry, "actorName")).isEqualTo(displayName(jdbc, "tab01"));
        assertThat(text(entry, "comment")).isEqualTo("立案为第" + number + "号提案。符合立案条件");
        assertThat(openTasks(tasks, jdbc, id, "review")).isZero();
        assertThat(openTasks(tasks, jdbc, id, "assign")).isOne();
    }

    @Test
    void refuseWithAReasonFromTheDictionaryTellsTheProposerWhy() {
        ApiClient member = loginAs("wy018");
        ApiClient office = loginAs("tab02");
        long id = underReview(member, title("关于调整个人所得税起征点的建议"));
        String processInstance = processInstance(jdbc, id);

        office.post(
                        "/api/proposals/" + id + "/review",
                        Map.of("outcome", "REFUSE", "refusalReason", "OUT_OF_SCOPE", "comment", "建议向全国政协反映"))
                .expectStatus(200);

        JsonNode seenByProposer =
                member.get("/api/proposals/" + id).expectStatus(200).json();
        assertThat(text(seenByProposer, "state")).isEqualTo("REFUSED");
        assertThat(text(seenByProposer, "refusalReason")).isEqualTo("OUT_OF_SCOPE");
        assertThat(text(seenByProposer, "decisionComment")).isEqualTo("建议向全国政协反映");
        assertThat(seenByProposer.get("proposalNumber").isNull()).isTrue();
        JsonNode entry = last(history(member, id));
        assertEntry(entry, "REFUSE", "PROPOSAL_OFFICE", "UNDER_REVIEW", "REFUSED");
        assertThat(text(entry, "comment")).isEqualTo("不属于本级政协提案受理范围。建议向全国政协反映");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstance)
                        .count())
                .isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(processInstance).count())
                .isZero();
    }

    @Test
    void convertToAPublicOpinionReportOrAnOpinion() {
        ApiClient member = loginAs("wy019");
        ApiClient office = loginAs("tab01");
        long toReport = underReview(member, title("关于某小区门前路灯损坏的反映"));
        long toOpinion = underReview(member, title("关于图书馆延长开放时间的意见"));

        office.post(
                        "/api/proposals/" + toReport + "/review",
                        Map.of("outcome", "CONVERT", "convertTo", "PUBLIC_OPINION"))
                .expectStatus(200);
        office.post("/api/proposals/" + toOpinion + "/review", Map.of("outcome", "CONVERT", "convertTo", "OPINION"))
                .expectStatus(200);

        JsonNode report =
                member.get("/api/proposals/" + toReport).expectStatus(200).json();
        assertThat(text(report, "state")).isEqualTo("CONVERTED");
        assertThat(text(report, "convertedTo")).isEqualTo("PUBLIC_OPINION");
        JsonNode reportEntry = last(history(member, toReport));
        assertEntry(reportEntry, "CONVERT", "PROPOSAL_OFFICE", "UNDER_REVIEW", "CONVERTED");
        assertThat(text(reportEntry, "comment")).isEqualTo("转为社情民意信息");

        JsonNode opinion =
                member.get("/api/proposals/" + toOpinion).expectStatus(200).json();
        assertThat(text(opinion, "state")).isEqualTo("CONVERTED");
        assertThat(text(opinion, "convertedTo")).isEqualTo("OPINION");
        assertThat(text(last(history(member, toOpinion)), "comment")).isEqualTo("转为意见建议");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstance(jdbc, toOpinion))
                        .count())
                .isZero();
    }

    @Test
    void mergeAddsTheMergedProposersToTheTargetAsRecipients() {
        ApiClient targetLead = loginAs("wy020");
        ApiClient office = loginAs("tab01");
        long target = registered(targetLead, office, title("关于加强校园周边交通安全的建议"));
        int targetNumber =
                jdbc.queryForObject("SELECT proposal_number FROM proposal WHERE id = ?", Integer.class, target);

        ApiClient sourceLead = loginAs("wy021");
        ApiClient confirmer = loginAs("wy022");
        ApiClient decliner = loginAs("wy023");
        long sourceLeadId = memberId(jdbc, "wy021");
        long confirmerId = memberId(jdbc, "wy022");
        long declinerId = memberId(jdbc, "wy023");
        long silentId = memberId(jdbc, "wy024");
        String sourceTitle = title("关于学校门口增设护学岗的建议");
        long source = createDraft(sourceLead, form(sourceTitle, "JOINT", List.of(confirmerId, declinerId, silentId)));
        sourceLead.post("/api/proposals/" + source + "/submit", null).expectStatus(200);
        confirmer
                .post("/api/proposals/" + source + "/cosign", Map.of("confirm", true))
                .expectStatus(200);
        decliner.post("/api/proposals/" + source + "/cosign", Map.of("confirm", false))
                .expectStatus(200);
        sourceLead.post("/api/proposals/" + source + "/submit-for-review", null).expectStatus(200);

        JsonNode merged = office.post(
                        "/api/proposals/" + source + "/review",
                        Map.of("outcome", "MERGE", "mergeIntoId", target, "comment", "内容相近"))
                .expectStatus(200)
                .json();

        assertThat(text(merged, "state")).isEqualTo("MERGED");
        assertThat(merged.get("mergedIntoId").asLong()).isEqualTo(target);
        JsonNode sourceEntry = last(history(sourceLead, source));
        assertEntry(sourceEntry, "MERGE", "PROPOSAL_OFFICE", "UNDER_REVIEW", "MERGED");
        assertThat(text(sourceEntry, "comment")).startsWith("并入第" + targetNumber + "号提案");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstance(jdbc, source))
                        .count())
                .isZero();

        // The lead and the confirmed co-signer receive the target's reply; who declined or never answered does not.
        assertThat(cosignerStatuses(jdbc, target))
                .containsOnly(Map.entry(sourceLeadId, "MERGED"), Map.entry(confirmerId, "MERGED"));
        assertThat(state(jdbc, target)).isEqualTo("ASSIGNMENT");
        JsonNode targetEntry = last(history(targetLead, target));
        assertThat(text(targetEntry, "action")).isEqualTo("RECEIVE_MERGED");
        assertThat(text(targetEntry, "actorRole")).isEqualTo("PROPOSAL_OFFICE");
        assertThat(text(targetEntry, "comment")).contains(sourceTitle);
        sourceLead.get("/api/proposals/" + target).expectStatus(200);
        confirmer.get("/api/proposals/" + target).expectStatus(200);
        decliner.get("/api/proposals/" + target).expectStatus(404);
        assertThat(openTasks(tasks, jdbc, target, "assign")).isOne();
    }

    @Test
    void mergedProposerWhoHadDeclinedToCosignTheTargetStillReceivesItsReply() {
        ApiClient office = loginAs("tab02");
        ApiClient targetLead = loginAs("wy025");
        ApiClient declinerOfTarget = loginAs("wy026");
        long declinerId = memberId(jdbc, "wy026");
        long target = createDraft(targetLead, form(title("关于建设城市绿道网络的建议"), "JOINT", List.of(declinerId)));
        targetLead.post("/api/proposals/" + target + "/submit", null).expectStatus(200);
        declinerOfTarget
                .post("/api/proposals/" + target + "/cosign", Map.of("confirm", false))
                .expectStatus(200);
        targetLead.post("/api/proposals/" + target + "/submit-for-review", null).expectStatus(200);
        office.post("/api/proposals/" + target + "/review", Map.of("outcome", "REGISTER"))
                .expectStatus(200);

        long source = underReview(declinerOfTarget, title("关于沿江建设慢行步道的建议"));
        office.post("/api/proposals/" + source + "/review", Map.of("outcome", "MERGE", "mergeIntoId", target))
                .expectStatus(200);

        // Each proposer of a merged proposal gets the reply (docs/domain.md), whatever they once answered to the
        // target.
        assertThat(cosignerStatuses(jdbc, target)).containsOnly(Map.entry(declinerId, "MERGED"));
    }

    @Test
    void returnForRevisionSendsTheProposalBackAndConfirmedCosignersStayConfirmed() {
        ApiClient lead = loginAs("wy027");
        ApiClient first = loginAs("wy028");
        ApiClient second = loginAs("wy029");
        ApiClient office = loginAs("tab01");
        long firstId = memberId(jdbc, "wy028");
        long secondId = memberId(jdbc, "wy029");
        long id = createDraft(lead, form(title("关于规范共享单车停放的建议"), "JOINT", List.of(firstId, secondId)));
        lead.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        first.post("/api/proposals/" + id + "/cosign", Map.of("confirm", true)).expectStatus(200);
        second.post("/api/proposals/" + id + "/cosign", Map.of("confirm", true)).expectStatus(200);
        lead.post("/api/proposals/" + id + "/submit-for-review", null).expectStatus(200);

        // The office can no longer see the draft: the answer has no body.
        office.post("/api/proposals/" + id + "/review", Map.of("outcome", "RETURN", "comment", "请补充停放点位的调查数据"))
                .expectStatus(204);

        assertThat(text(lead.get("/api/proposals/" + id).expectStatus(200).json(), "state"))
                .isEqualTo("DRAFT");
        JsonNode entry = last(history(lead, id));
        assertEntry(entry, "RETURN_FOR_REVISION", "PROPOSAL_OFFICE", "UNDER_REVIEW", "DRAFT");
        assertThat(text(entry, "comment")).isEqualTo("请补充停放点位的调查数据");
        assertThat(openTasks(tasks, jdbc, id, "editDraft")).isOne();
        assertThat(lead.get("/api/proposals/" + id)
                        .expectStatus(200)
                        .json()
                        .get("actions")
                        .toString())
                .contains("EDIT", "SUBMIT");
        office.get("/api/proposals/" + id).expectStatus(404);

        String revisedTitle = title("关于规范共享单车停放秩序的建议");
        Map<String, Object> revised = form(revisedTitle, "JOINT", List.of(firstId, secondId));
        revised.put("situation", "中心城区共享单车乱停放问题突出，调查显示早晚高峰地铁口周边堆积严重。");
        JsonNode edited =
                lead.put("/api/proposals/" + id, revised).expectStatus(200).json();
        assertThat(text(edited, "title")).isEqualTo(revisedTitle);
        assertEntry(last(history(lead, id)), "UPDATE_DRAFT", "MEMBER", "DRAFT", "DRAFT");
        assertThat(cosignerStatuses(jdbc, id))
                .containsOnly(Map.entry(firstId, "CONFIRMED"), Map.entry(secondId, "CONFIRMED"));

        // Every co-signer has already confirmed: the proposal goes straight back to review.
        JsonNode resubmitted = lead.post("/api/proposals/" + id + "/submit", null)
                .expectStatus(200)
                .json();

        assertThat(text(resubmitted, "state")).isEqualTo("UNDER_REVIEW");
        assertEntry(last(history(lead, id)), "SUBMIT", "MEMBER", "DRAFT", "UNDER_REVIEW");
        assertThat(cosignerStatuses(jdbc, id))
                .containsOnly(Map.entry(firstId, "CONFIRMED"), Map.entry(secondId, "CONFIRMED"));
        assertThat(openTasks(tasks, jdbc, id, "cosign")).isZero();
        assertThat(openTasks(tasks, jdbc, id, "review")).isOne();
        assertThat(office.get("/api/proposals/" + id)
                        .expectStatus(200)
                        .json()
                        .get("situation")
                        .asString())
                .contains("调查显示");
    }

    @Test
    void returnedJointProposalWithANewCosignerInvitesOnlyTheNewcomer() {
        ApiClient lead = loginAs("wy030");
        ApiClient confirmed = loginAs("wy031");
        ApiClient office = loginAs("tab02");
        long confirmedId = memberId(jdbc, "wy031");
        long newcomerId = memberId(jdbc, "wy032");
        String title = title("关于提升农贸市场环境卫生的建议");
        long id = createDraft(lead, form(title, "JOINT", List.of(confirmedId)));
        lead.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        confirmed
                .post("/api/proposals/" + id + "/cosign", Map.of("confirm", true))
                .expectStatus(200);
        lead.post("/api/proposals/" + id + "/submit-for-review", null).expectStatus(200);
        office.post("/api/proposals/" + id + "/review", Map.of("outcome", "RETURN", "comment", "请邀请相关界别委员联名"))
                .expectStatus(204);

        lead.put("/api/proposals/" + id, form(title, "JOINT", List.of(confirmedId, newcomerId)))
                .expectStatus(200);
        JsonNode cosigning = lead.post("/api/proposals/" + id + "/submit", null)
                .expectStatus(200)
                .json();

        assertThat(text(cosigning, "state")).isEqualTo("COSIGNING");
        assertThat(cosignerStatuses(jdbc, id))
                .containsOnly(Map.entry(confirmedId, "CONFIRMED"), Map.entry(newcomerId, "INVITED"));
        assertThat(openTasks(tasks, jdbc, id, "cosign")).isOne();
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(processInstance(jdbc, id))
                        .taskDefinitionKey("cosign")
                        .taskAssignee(String.valueOf(accountId(jdbc, "wy032")))
                        .count())
                .isOne();
        assertEntry(last(history(lead, id)), "INVITE_COSIGNERS", "MEMBER", "DRAFT", "COSIGNING");
    }

    @Test
    void assignToALeadAndAssistingUnitsOpensOneSignOffTaskPerUnit() {
        ApiClient member = loginAs("wy033");
        ApiClient office = loginAs("tab01");
        long fgj = unitId(jdbc, "FGJ");
        long jyj = unitId(jdbc, "JYJ");
        long zjj = unitId(jdbc, "ZJJ");
        long id = registered(member, office, title("关于建设智慧停车系统的建议"));

        JsonNode assigned = office.post("/api/proposals/" + id + "/assign", leadPlan(fgj, jyj, zjj))
                .expectStatus(200)
                .json();

        assertThat(text(assigned, "state")).isEqualTo("AWAITING_SIGN_OFF");
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT unit_id, unit_role, status, sign_due_date FROM proposal_assignment WHERE "
                        + "proposal_id = ? ORDER BY id",
                id);
        assertThat(rows)
                .extracting(r -> ((Number) r.get("unit_id")).longValue())
                .containsExactly(fgj, jyj, zjj);
        assertThat(rows).extracting(r -> r.get("unit_role")).containsExactly("LEAD", "ASSISTING", "ASSISTING");
        assertThat(rows).extracting(r -> r.get("status")).containsOnly("AWAITING_SIGN_OFF");
        LocalDate due = calendar.addWorkingDays(LocalDate.now(ZoneId.of("Asia/Shanghai")), 5);
        assertThat(rows)
                .extracting(r -> ((Date) r.get("sign_due_date")).toLocalDate())
                .containsOnly(due);
        JsonNode entry = last(history(member, id));
        assertEntry(entry, "ASSIGN", "PROPOSAL_OFFICE", "ASSIGNMENT", "AWAITING_SIGN_OFF");
        assertThat(text(entry, "comment")).contains("主办：区发展和改革局", "会办：区教育局", "会办：区住房和城乡建设局");
        assertThat(openTasks(tasks, jdbc, id, "assign")).isZero();
        assertThat(openTasks(tasks, jdbc, id, "signFor")).isEqualTo(3);
        for (long unit : List.of(fgj, jyj, zjj)) {
            assertThat(tasks.createTaskQuery()
                            .processInstanceId(processInstance(jdbc, id))
                            .taskDefinitionKey("signFor")
                            .taskCandidateGroup("unit-" + unit)
                            .count())
                    .as("signFor task of unit %s", unit)
                    .isOne();
        }
    }

    @Test
    void splitAssignmentOpensOneSignOffTaskPerUnit() {
        ApiClient member = loginAs("wy034");
        ApiClient office = loginAs("tab02");
        long fgj = unitId(jdbc, "FGJ");
        long jyj = unitId(jdbc, "JYJ");

        JsonNode assigned = assigned(member, office, title("关于统筹城乡教育资源配置的建议"), splitPlan(fgj, jyj));

        long id = assigned.get("id").asLong();
        assertThat(text(assigned, "state")).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(assigned.get("assignments")
                        .valueStream()
                        .map(a -> text(a, "unitRole"))
                        .toList())
                .containsExactly("SPLIT", "SPLIT");
        assertThat(text(last(history(member, id)), "comment")).contains("分办：区发展和改革局", "分办：区教育局");
        assertThat(openTasks(tasks, jdbc, id, "signFor")).isEqualTo(2);
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(processInstance(jdbc, id))
                        .taskDefinitionKey("signFor")
                        .taskCandidateGroup("unit-" + jyj)
                        .count())
                .isOne();
    }

    @Test
    void refusedReturnRequestLeavesTheAssignmentWithTheSameUnit() {
        ApiClient member = loginAs("wy035");
        ApiClient office = loginAs("tab01");
        ApiClient fgj = loginAs("fgj");
        long fgjId = unitId(jdbc, "FGJ");
        JsonNode assigned = assigned(member, office, title("关于稳定生猪生产保障供应的建议"), leadPlan(fgjId));
        long id = assigned.get("id").asLong();
        long assignment = assignmentOf(assigned, "区发展和改革局");

        fgj.post("/api/proposals/assignments/" + assignment + "/return-request", Map.of("reason", "建议由农业农村局主办"))
                .expectStatus(204);

        JsonNode requested =
                office.get("/api/proposals/" + id).expectStatus(200).json();
        assertThat(text(requested.get("assignments").get(0), "status")).isEqualTo("RETURN_REQUESTED");
        assertThat(text(requested.get("assignments").get(0), "returnReason")).isEqualTo("建议由农业农村局主办");
        assertThat(requested.get("actions").toString()).contains("DECIDE_RETURN");
        JsonNode request = last(history(member, id));
        assertEntry(request, "REQUEST_RETURN", "HANDLING_UNIT", "AWAITING_SIGN_OFF", "AWAITING_SIGN_OFF");
        assertThat(text(request, "actorName")).isEqualTo(displayName(jdbc, "fgj"));
        assertThat(openTasks(tasks, jdbc, id, "signFor")).isZero();
        assertThat(openTasks(tasks, jdbc, id, "decideReturn")).isOne();

        office.post(
                        "/api/proposals/assignments/" + assignment + "/return-decision",
                        Map.of("approve", false, "comment", "属于发改局职责范围"))
                .expectStatus(204);

        assertThat(jdbc.queryForList("SELECT unit_id, status FROM proposal_assignment WHERE proposal_id = ?", id))
                .hasSize(1)
                .first()
                .satisfies(row -> {
                    assertThat(((Number) row.get("unit_id")).longValue()).isEqualTo(fgjId);
                    assertThat(row.get("status")).isEqualTo("AWAITING_SIGN_OFF");
                });
        assertThat(state(jdbc, id)).isEqualTo("AWAITING_SIGN_OFF");
        JsonNode decision = last(history(member, id));
        assertEntry(decision, "REFUSE_RETURN", "PROPOSAL_OFFICE", "AWAITING_SIGN_OFF", "AWAITING_SIGN_OFF");
        assertThat(text(decision, "comment")).contains("不同意区发展和改革局退回", "属于发改局职责范围");
        assertThat(openTasks(tasks, jdbc, id, "decideReturn")).isZero();
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(processInstance(jdbc, id))
                        .taskDefinitionKey("signFor")
                        .taskCandidateGroup("unit-" + fgjId)
                        .count())
                .isOne();
        fgj.post("/api/proposals/assignments/" + assignment + "/sign", null).expectStatus(204);
        assertThat(state(jdbc, id)).isEqualTo("HANDLING");
    }

    @Test
    void approvedReturnRequestMovesTheAssignmentToTheNewUnit() {
        ApiClient member = loginAs("wy036");
        ApiClient office = loginAs("tab02");
        ApiClient jyj = loginAs("jyj");
        ApiClient zjj = loginAs("zjj");
        long fgjId = unitId(jdbc, "FGJ");
        long jyjId = unitId(jdbc, "JYJ");
        long zjjId = unitId(jdbc, "ZJJ");
        String title = title("关于加快保障性租赁住房建设的建议");
        JsonNode assigned = assigned(member, office, title, leadPlan(fgjId, jyjId));
        long id = assigned.get("id").asLong();
        long returning = assignmentOf(assigned, "区教育局");
        jyj.post("/api/proposals/assignments/" + returning + "/return-request", Map.of("reason", "与本单位职责无关"))
                .expectStatus(204);

        office.post(
                        "/api/proposals/assignments/" + returning + "/return-decision",
                        Map.of("approve", true, "newUnitId", zjjId, "comment", "改由住建局会办"))
                .expectStatus(204);

        Map<String, Object> old =
                jdbc.queryForMap("SELECT status, replaced_by_id FROM proposal_assignment WHERE id = ?", returning);
        assertThat(old.get("status")).isEqualTo("RETURNED");
        long replacement = ((Number) old.get("replaced_by_id")).longValue();
        Map<String, Object> added = jdbc.queryForMap(
                "SELECT unit_id, unit_role, status FROM proposal_assignment WHERE id = ?", replacement);
        assertThat(((Number) added.get("unit_id")).longValue()).isEqualTo(zjjId);
        assertThat(added.get("unit_role")).isEqualTo("ASSISTING");
        assertThat(added.get("status")).isEqualTo("AWAITING_SIGN_OFF");
        JsonNode entry = last(history(member, id));
        assertEntry(entry, "APPROVE_RETURN", "PROPOSAL_OFFICE", "AWAITING_SIGN_OFF", "AWAITING_SIGN_OFF");
        assertThat(text(entry, "comment")).contains("区教育局退回，改派区住房和城乡建设局");
        assertThat(openTasks(tasks, jdbc, id, "decideReturn")).isZero();
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(processInstance(jdbc, id))
                        .taskDefinitionKey("signFor")
                        .taskCandidateGroup("unit-" + zjjId)
                        .count())
                .isOne();
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(processInstance(jdbc, id))
                        .taskCandidateGroup("unit-" + jyjId)
                        .count())
                .isZero();

        // The returning unit loses sight of the proposal; the new unit sees it and may sign.
        jyj.get("/api/proposals/" + id).expectStatus(404);
        assertThat(jyj.get("/api/proposals?scope=UNIT&size=100&keyword="
                                + URLEncoder.encode(title, StandardCharsets.UTF_8))
                        .expectStatus(200)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(jyj.get("/api/proposals/todo").expectStatus(200).json().toString())
                .doesNotContain("\"assignmentId\":" + returning);
        assertThat(zjj.get("/api/proposals/" + id)
                        .expectStatus(200)
                        .json()
                        .get("actions")
                        .toString())
                .contains("\"SIGN_FOR\"", "\"assignmentId\":" + replacement);
        zjj.post("/api/proposals/assignments/" + replacement + "/sign", null).expectStatus(204);
    }

    @Test
    void whenEveryUnitHasSignedTheProposalIsHandled() {
        ApiClient member = loginAs("wy037");
        ApiClient office = loginAs("tab01");
        ApiClient fgj = loginAs("fgj");
        ApiClient jyj = loginAs("jyj");
        JsonNode assigned =
                assigned(member, office, title("关于建立企业服务专员制度的建议"), leadPlan(unitId(jdbc, "FGJ"), unitId(jdbc, "JYJ")));
        long id = assigned.get("id").asLong();
        long lead = assignmentOf(assigned, "区发展和改革局");
        long assisting = assignmentOf(assigned, "区教育局");

        fgj.post("/api/proposals/assignments/" + lead + "/sign", null).expectStatus(204);

        assertThat(state(jdbc, id)).isEqualTo("AWAITING_SIGN_OFF");
        JsonNode first = last(history(member, id));
        assertEntry(first, "SIGN_FOR", "HANDLING_UNIT", "AWAITING_SIGN_OFF", "AWAITING_SIGN_OFF");
        assertThat(text(first, "comment")).isEqualTo("区发展和改革局签收");
        assertThat(openTasks(tasks, jdbc, id, "signFor")).isOne();
        assertThat(openTasks(tasks, jdbc, id, "handle")).isOne();

        jyj.post("/api/proposals/assignments/" + assisting + "/sign", null).expectStatus(204);

        assertThat(state(jdbc, id)).isEqualTo("HANDLING");
        assertEntry(last(history(member, id)), "SIGN_FOR", "HANDLING_UNIT", "AWAITING_SIGN_OFF", "HANDLING");
        assertThat(openTasks(tasks, jdbc, id, "signFor")).isZero();
        assertThat(openTasks(tasks, jdbc, id, "handle")).isEqualTo(2);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT status, signed_by, signed_at FROM proposal_assignment WHERE proposal_id = ? ORDER BY id", id);
        assertThat(rows).extracting(r -> r.get("status")).containsOnly("SIGNED");
        assertThat(rows)
                .extracting(r -> ((Number) r.get("signed_by")).longValue())
                .containsExactly(accountId(jdbc, "fgj"), accountId(jdbc, "jyj"));
        assertThat(rows).extracting(r -> r.get("signed_at")).doesNotContainNull();
    }

    @Test
    void cosignDeadlineSendsTheProposalToReviewAndUnansweredInvitationsExpire() {
        ApiClient lead = loginAs("wy038");
        ApiClient confirmer = loginAs("wy039");
        long confirmerId = memberId(jdbc, "wy039");
        long silentId = memberId(jdbc, "wy040");
        long id = createDraft(lead, form(title("关于推动老字号品牌传承创新的建议"), "JOINT", List.of(confirmerId, silentId)));
        lead.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        confirmer
                .post("/api/proposals/" + id + "/cosign", Map.of("confirm", true))
                .expectStatus(200);
        String processInstance = processInstance(jdbc, id);
        Job timer = management
                .createTimerJobQuery()
                .processInstanceId(processInstance)
                .singleResult();
        assertThat(timer).as("the co-sign deadline timer").isNotNull();
        assertThat(timer.getDuedate()).isAfter(new java.util.Date()); // two types named Date

        Job due = management.moveTimerToExecutableJob(timer.getId());
        management.executeJob(due.getId());

        assertThat(state(jdbc, id)).isEqualTo("UNDER_REVIEW");
        assertThat(jdbc.queryForObject("SELECT submitted_at FROM proposal WHERE id = ?", Timestamp.class, id))
                .isNotNull();
        assertThat(cosignerStatuses(jdbc, id))
                .containsOnly(Map.entry(confirmerId, "CONFIRMED"), Map.entry(silentId, "EXPIRED"));
        JsonNode entry = last(history(lead, id));
        assertEntry(entry, "COSIGN_DEADLINE_PASSED", null, "COSIGNING", "UNDER_REVIEW");
        assertThat(text(entry, "actorName")).isEqualTo("系统");
        assertThat(text(entry, "comment")).contains("1位委员未在期限内确认");
        ProposalEvent.Submitted submitted = RecordedEvents.only(events.ofProposal(id), ProposalEvent.Submitted.class);
        assertThat(submitted.byDeadline()).isTrue();
        assertThat(submitted.notCounted()).isOne();
        assertThat(submitted.facts().actorAccountId()).as("the system acted").isNull();
        assertThat(submitted.facts().state()).isEqualTo(ProposalState.UNDER_REVIEW);
        assertThat(openTasks(tasks, jdbc, id, "cosign")).isZero();
        assertThat(openTasks(tasks, jdbc, id, "submitForReview")).isZero();
        assertThat(openTasks(tasks, jdbc, id, "review")).isOne();
        assertThat(management
                        .createTimerJobQuery()
                        .processInstanceId(processInstance)
                        .count())
                .isZero();
        lead.post("/api/proposals/" + id + "/submit-for-review", null).expectStatus(409);
        assertThat(loginAs("tab01")
                        .get("/api/proposals/" + id)
                        .expectStatus(200)
                        .json()
                        .get("actions")
                        .toString())
                .contains("REVIEW");
    }
}
