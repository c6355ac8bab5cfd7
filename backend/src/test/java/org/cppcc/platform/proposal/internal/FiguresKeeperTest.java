package org.cppcc.platform.proposal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.assigned;
import static org.cppcc.platform.proposal.ProposalFixtures.assignmentOf;
import static org.cppcc.platform.proposal.ProposalFixtures.leadPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.memberId;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.underReview;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cppcc.platform.proposal.ProposalFigures.Dimension;
import org.cppcc.platform.proposal.ProposalFigures.Figure;
import org.cppcc.platform.proposal.ProposalFigures.ProposalCounts;
import org.cppcc.platform.proposal.ProposalFigures.UnitCounts;
import org.cppcc.platform.proposal.ProposalJourney;
import org.cppcc.platform.proposal.internal.FiguresMapper.DrillQuery;
import org.cppcc.platform.proposal.internal.FiguresMapper.Query;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The kept figures (proposal_figures, proposal_unit_figures) against the on-read reference (FiguresMapper.xml) after
 * each command that can move a figure, driven through the HTTP API as people do: every row equal, and every count
 * and drill-down list of the board equal, for the whole committee, a unit, a session and a period.
 */
class FiguresKeeperTest extends IntegrationTest {

    @Autowired
    FiguresMapper reference;

    @Autowired
    FiguresModelMapper kept;

    @Test
    void theKeptFiguresFollowEveryCommand() {
        assertKept("demo data (backfilled by the migration, then kept by the demo's commands)");
        ApiClient office = loginAs("tab01");

        // A joint proposal through signing, contact, opinion, extension, a reply, a paper and an online evaluation,
        // a second round, a better reply, evaluations, closing and publication.
        ProposalJourney j = journey("wy046", "wy047").jointUnderReview(title("统计口径保持"));
        assertKept("submitted for review");
        j.registeredAndAssigned();
        assertKept("registered and assigned");
        j.signed();
        assertKept("signed");
        j.contacted();
        assertKept("contacted");
        j.opinionSent().extended();
        assertKept("opinion and extension");
        j.replied("C");
        assertKept("reply sent");
        Map<String, Object> paper = new HashMap<>(ProposalJourney.evaluation("UNSATISFIED"));
        paper.put("memberId", memberId(jdbc, "wy046"));
        office.post("/api/proposals/" + j.id + "/evaluations", paper).expectStatus(204);
        assertKept("paper evaluation entered by the office");
        j.cosigner
                .post("/api/proposals/" + j.id + "/evaluations", ProposalJourney.evaluation("SATISFIED"))
                .expectStatus(204);
        assertKept("online evaluation");
        j.rehandled();
        assertKept("second round");
        j.contacted().opinionSent().replied("A");
        assertKept("second reply");
        j.evaluated("SATISFIED", "BASICALLY_SATISFIED");
        assertKept("second evaluations");
        j.closedAndPublished();
        assertKept("closed and published");

        // Several assisting units, one of which is returned and replaced.
        ApiClient member = loginAs("wy048");
        JsonNode detail = assigned(
                member,
                office,
                title("统计多会办"),
                leadPlan(unitId(jdbc, "ZJJ"), unitId(jdbc, "JYJ"), unitId(jdbc, "MZJ")));
        assertKept("assigned to a lead and two assisting units");
        long jyjPart = assignmentOf(detail, "区教育局");
        loginAs("jyj")
                .post("/api/proposals/assignments/" + jyjPart + "/return-request", Map.of("reason", "不属于本单位职责"))
                .expectStatus(204);
        assertKept("return requested");
        office.post(
                        "/api/proposals/assignments/" + jyjPart + "/return-decision",
                        Map.of("approve", true, "newUnitId", unitId(jdbc, "CZJ"), "comment", "改由区财政局会办"))
                .expectStatus(204);
        assertKept("returned and replaced");

        // Refused, merged and converted.
        long refused = underReview(member, title("统计不立案"));
        office.post(
                        "/api/proposals/" + refused + "/review",
                        Map.of("outcome", "REFUSE", "refusalReason", "OUT_OF_SCOPE", "comment", "不属于政协履职范围"))
                .expectStatus(200);
        long merged = underReview(member, title("统计并入"));
        office.post("/api/proposals/" + merged + "/review", Map.of("outcome", "MERGE", "mergeIntoId", j.id))
                .expectStatus(200);
        long converted = underReview(member, title("统计转办"));
        office.post(
                        "/api/proposals/" + converted + "/review",
                        Map.of("outcome", "CONVERT", "convertTo", "PUBLIC_OPINION"))
                .expectStatus(200);
        assertKept("refused, merged and converted");
        assertSameCounts();

        // The test must be able to fail: a kept row changed behind the keeper's back is seen.
        jdbc.update("UPDATE proposal_figures SET satisfied = 1 - satisfied WHERE proposal_id = ?", j.id);
        assertThat(kept.allRows()).isNotEqualTo(reference.figureRows(new Query(null, null, null, null)));
        jdbc.update("UPDATE proposal_figures SET satisfied = 1 - satisfied WHERE proposal_id = ?", j.id);
    }

    /** Every kept row equals what the reference derives from the raw tables now. */
    private void assertKept(String after) {
        Query all = new Query(null, null, null, null);
        assertThat(kept.allRows()).as("proposal_figures after " + after).isEqualTo(reference.figureRows(all));
        assertThat(kept.allUnitRows())
                .as("proposal_unit_figures after " + after)
                .isEqualTo(reference.unitFigureRows(all));
    }

    /**
     * The board's statements over the kept rows answer what the reference's answer, in several scopes: every count,
     * and the list behind every figure (the unit figures for the units this test moved).
     */
    private void assertSameCounts() {
        Query all = new Query(null, null, null, null);
        String after = "every command";
        Set<Long> moved = Set.of(
                unitId(jdbc, "FGJ"),
                unitId(jdbc, "JYJ"),
                unitId(jdbc, "ZJJ"),
                unitId(jdbc, "MZJ"),
                unitId(jdbc, "CZJ"));
        long session = jdbc.queryForObject("SELECT id FROM committee_session WHERE is_current", Long.class);
        LocalDate today = LocalDate.now();
        for (Query q : List.of(
                all,
                new Query(null, null, null, unitId(jdbc, "FGJ")),
                new Query(null, null, session, null),
                new Query(today.minusDays(3), today.plusDays(1), null, null))) {
            String as = after + ", scope " + q;
            assertThat(kept.totals(q)).as(as).isEqualTo(reference.totals(q));
            for (Dimension d : Dimension.values()) {
                assertThat(kept.by(q, d.name())).as(as + " by " + d).isEqualTo(reference.by(q, d.name()));
            }
            List<UnitCounts> units = reference.byUnit(q);
            assertThat(kept.byUnit(q)).as(as + " by unit").isEqualTo(units);
            List<DrillQuery> drills = new ArrayList<>();
            for (Figure f : Figure.values()) {
                if (!f.ofUnit()) {
                    drills.add(new DrillQuery(f.name(), null, null, null, null, null));
                }
                for (UnitCounts u : units) {
                    if (moved.contains(u.unitId())) {
                        drills.add(new DrillQuery(
                                f.name(), null, null, null, u.unitId(), u.role().name()));
                    }
                }
            }
            for (ProposalCounts c : reference.by(q, "CATEGORY")) {
                drills.add(new DrillQuery("REPLIED", "CATEGORY", null, c.keyText(), null, null));
            }
            for (ProposalCounts c : reference.by(q, "YEAR")) {
                drills.add(new DrillQuery("SATISFIED", "YEAR", c.keyId(), null, null, null));
            }
            for (DrillQuery d : drills) {
                assertThat(kept.countProposals(q, d)).as(as + " " + d).isEqualTo(reference.countProposals(q, d));
                assertThat(kept.proposals(q, d, 0, 1000))
                        .as(as + " " + d)
                        .isEqualTo(reference.proposals(q, d, 0, 1000));
            }
        }
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
