package org.cppcc.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cppcc.platform.proposal.ProposalJourney;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A proposal walked through its lifecycle tells each step to the people it concerns — its proposers, the units
 * of the step, the proposal office — in the notification centre with a link to the proposal, and nothing to
 * anyone else: not to other members, not to a unit the step is not about, not to whoever acted.
 */
class ProposalNoticesTest extends IntegrationTest {

    @Test
    void aProposalFromSubmissionToPublicationTellsEachStepToThoseItConcerns() {
        ProposalJourney journey = journey("wy054", "wy055");
        journey.jointUnderReview(title("关于通知测试的建议"))
                .registeredAndAssigned()
                .signed()
                .opinionSent()
                .replied("B")
                .evaluated("SATISFIED", "SATISFIED")
                .closedAndPublished();
        awaitEvents();
        Map<String, List<String>> received = noticesOf(journey.id);

        List<String> proposerSteps = List.of("提案已立案", "提案已交办", "区发展和改革局已签收", "区教育局已签收", "提案已答复", "提案已办结", "提案已公开");
        assertThat(received.get("wy054")).containsExactlyInAnyOrderElementsOf(proposerSteps);
        List<String> cosigner = new ArrayList<>(proposerSteps);
        cosigner.add("邀请您联名");
        assertThat(received.get("wy055")).containsExactlyInAnyOrderElementsOf(cosigner);

        for (String office : usernames("SELECT a.username FROM app_account a JOIN account_role r "
                + "ON r.account_id = a.id WHERE r.role = 'PROPOSAL_OFFICE' AND a.enabled = TRUE")) {
            assertThat(received.get(office)).as(office).containsExactlyInAnyOrder("新提案待审查", "答复待审核");
        }
        for (String fgj : unitAccounts("FGJ")) {
            assertThat(received.get(fgj)).as(fgj).containsExactlyInAnyOrder("新交办提案待签收", "区教育局送来会办意见", "会办单位均已会签");
        }
        for (String jyj : unitAccounts("JYJ")) {
            assertThat(received.get(jyj)).as(jyj).containsExactlyInAnyOrder("新交办提案待签收", "请会签答复");
        }

        Set<String> concerned = new HashSet<>(List.of("wy054", "wy055"));
        concerned.addAll(usernames("SELECT a.username FROM app_account a JOIN account_role r "
                + "ON r.account_id = a.id WHERE r.role = 'PROPOSAL_OFFICE'"));
        concerned.addAll(unitAccounts("FGJ"));
        concerned.addAll(unitAccounts("JYJ"));
        assertThat(concerned).containsAll(received.keySet());
        assertThat(received.keySet()).doesNotContainAnyElementsOf(unitAccounts("ZJJ"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE link = ? AND shown = TRUE AND category NOT IN "
                                + "('PROPOSAL', 'HANDLING', 'OFFICE')",
                        Integer.class,
                        "/proposals/" + journey.id))
                .isZero();
    }

    @Test
    void anUnsatisfiedEvaluationTellsTheOfficeAndTheSecondRoundTellsProposersAndUnits() {
        ProposalJourney journey = journey("wy056", "wy057");
        journey.jointUnderReview(title("关于重办通知的建议"))
                .registeredAndAssigned()
                .signed()
                .opinionSent()
                .replied("C")
                .evaluated("UNSATISFIED", "SATISFIED")
                .rehandled();
        awaitEvents();
        Map<String, List<String>> received = noticesOf(journey.id);

        assertThat(received.get("wy056")).contains("提案重新办理").doesNotContain("办理评价不满意");
        assertThat(received.get("wy057")).contains("提案重新办理");
        assertThat(received.get("tab02")).contains("办理评价不满意");
        for (String unit : unitAccounts("FGJ")) {
            assertThat(received.get(unit)).as(unit).contains("提案退回重新办理");
        }
        for (String unit : unitAccounts("JYJ")) {
            assertThat(received.get(unit)).as(unit).contains("提案退回重新办理").doesNotContain("区教育局送来会办意见");
        }
        assertThat(received.keySet()).doesNotContainAnyElementsOf(unitAccounts("ZJJ"));
    }

    @Test
    void aReturnRequestGoesToTheOfficeAndItsAnswerToTheUnitAndTheNewUnitOnly() {
        ProposalJourney journey = journey("wy058", "wy059");
        journey.jointUnderReview(title("关于退回通知的建议")).registeredAndAssigned();
        journey.jyj
                .post(
                        "/api/proposals/assignments/" + journey.assistingAssignment + "/return-request",
                        Map.of("reason", "不属于本单位职责"))
                .expectStatus(204);
        journey.office
                .post(
                        "/api/proposals/assignments/" + journey.assistingAssignment + "/return-decision",
                        Map.of("approve", true, "newUnitId", unitId(jdbc, "ZJJ"), "comment", "改由区住建局会办"))
                .expectStatus(204);
        awaitEvents();
        Map<String, List<String>> received = noticesOf(journey.id);

        assertThat(received.get("tab02")).contains("区教育局申请退回");
        for (String unit : unitAccounts("JYJ")) {
            assertThat(received.get(unit)).as(unit).containsExactlyInAnyOrder("新交办提案待签收", "退回申请已同意");
        }
        for (String unit : unitAccounts("ZJJ")) {
            assertThat(received.get(unit)).as(unit).containsExactly("新交办提案待签收");
        }
        for (String unit : unitAccounts("FGJ")) {
            assertThat(received.get(unit)).as(unit).containsExactly("新交办提案待签收");
        }
    }

    /** Each account's notices about the proposal, as the part of the title before the proposal's name. */
    private Map<String, List<String>> noticesOf(long proposalId) {
        Map<String, List<String>> byAccount = new TreeMap<>();
        jdbc.query(
                "SELECT a.username, n.title FROM notification n JOIN app_account a ON a.id = n.account_id "
                        + "WHERE n.link = ? ORDER BY n.id",
                rs -> {
                    String title = rs.getString(2);
                    int cut = title.indexOf('：');
                    byAccount
                            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(cut < 0 ? title : title.substring(0, cut));
                },
                "/proposals/" + proposalId);
        return byAccount;
    }

    private List<String> unitAccounts(String code) {
        return usernames("SELECT username FROM app_account WHERE enabled = TRUE AND unit_id = " + unitId(jdbc, code));
    }

    private List<String> usernames(String sql) {
        return jdbc.queryForList(sql, String.class);
    }

    private ProposalJourney journey(String lead, String cosigner) {
        return new ProposalJourney(
                jdbc,
                loginAs(lead),
                cosigner,
                loginAs(cosigner),
                loginAs("tab01"),
                loginAs("fgj"),
                loginAs("jyj"),
                loginAs("fgjld"));
    }
}
