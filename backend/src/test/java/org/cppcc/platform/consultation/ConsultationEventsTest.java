package org.cppcc.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.support.RecordedEvents.only;

import java.util.List;
import java.util.Map;

import org.cppcc.platform.account.Role;
import org.cppcc.platform.consultation.events.MatterEvent;
import org.cppcc.platform.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every step of the six-step method publishes its event, once, with the matter's facts: raised by a resident
 * with an account, triaged, deliberated, decided, published, implemented, evaluated and closed; and the other
 * ways triage and the conclusion can go.
 */
class ConsultationEventsTest extends ConsultationTestBase {

    @Test
    void aMatterThroughTheSixStepsPublishesEachStep() {
        long resident = jdbc.queryForObject("SELECT id FROM app_account WHERE username = 'jm01'", Long.class);
        String phone = newPhone();
        JsonNode matter = signedIn("jm01")
                .post(
                        "/api/public/consultation/matters",
                        matterForm(workstationId(QINGSHI), "小区门口路灯不亮" + System.nanoTime() % 10000, phone))
                .expectStatus(201)
                .json();
        long id = matter.get("id").asLong();
        List<Long> actions = toImplementing(id, "zjj", "cgj");
        reportDone("zjj", actions.get(0));
        reportDone("cgj", actions.get(1));
        visitor()
                .post(
                        "/api/public/consultation/matters/" + id + "/evaluations",
                        Map.of(
                                "phone",
                                phone,
                                "trackingCode",
                                matter.get("trackingCode").asString(),
                                "satisfaction",
                                "SATISFIED"))
                .expectStatus(200);
        loginAs("wy001")
                .post("/api/consultation/matters/" + id + "/evaluations", Map.of("satisfaction", "BASICALLY_SATISFIED"))
                .expectStatus(200);
        staff("lly01")
                .post("/api/consultation/matters/" + id + "/conclusion", Map.of("outcome", "CLOSE"))
                .expectStatus(200);

        List<MatterEvent> published = events.ofMatter(id);
        assertThat(published.stream().map(e -> e.getClass().getSimpleName()))
                .containsExactly(
                        "Raised",
                        "Triaged",
                        "MeetingScheduled",
                        "MeetingHeld",
                        "Decided",
                        "Published",
                        "ProgressReported",
                        "ProgressReported",
                        "EvaluationOpened",
                        "Evaluated",
                        "Evaluated",
                        "Concluded");
        published.forEach(e -> {
            assertThat(e.facts().raiserAccountId()).isEqualTo(resident);
            assertThat(e.facts().workstationId()).isEqualTo(workstationId(QINGSHI));
        });

        MatterEvent.Raised raised = only(published, MatterEvent.Raised.class);
        assertThat(raised.channel()).isEqualTo(Channel.ONLINE);
        assertThat(raised.facts().actorAccountId()).isEqualTo(resident);
        assertThat(raised.facts().actorRole()).isEqualTo(Role.RESIDENT);
        assertThat(raised.facts().state()).isEqualTo(MatterState.RAISED);

        MatterEvent.Triaged triaged = only(published, MatterEvent.Triaged.class);
        assertThat(triaged.outcome()).isEqualTo(TriageOutcome.CONSULT);
        assertThat(triaged.facts().previousState()).isEqualTo(MatterState.RAISED);
        assertThat(triaged.facts().state()).isEqualTo(MatterState.DELIBERATING);
        assertThat(triaged.facts().roundNo()).isEqualTo(1);

        MatterEvent.MeetingScheduled meeting = only(published, MatterEvent.MeetingScheduled.class);
        assertThat(meeting.memberIds()).containsExactly(memberId("wy001"));
        assertThat(meeting.unitIds()).containsExactly(unitId("zjj"));

        MatterEvent.Decided decided = only(published, MatterEvent.Decided.class);
        assertThat(decided.actions())
                .extracting(MatterEvent.ActionPlan::unitId)
                .containsExactly(unitId("zjj"), unitId("cgj"));
        assertThat(decided.actions().get(0).dueDate()).isNotNull();
        assertThat(only(published, MatterEvent.Published.class).actions())
                .extracting(MatterEvent.ActionPlan::actionId)
                .containsExactlyElementsOf(actions);

        List<MatterEvent.ProgressReported> progress =
                events.all(MatterEvent.ProgressReported.class, e -> e.facts().matterId() == id);
        assertThat(progress).allMatch(MatterEvent.ProgressReported::done);
        assertThat(progress.get(1).unitId()).isEqualTo(unitId("cgj"));
        MatterEvent.EvaluationOpened opened = only(published, MatterEvent.EvaluationOpened.class);
        assertThat(opened.facts().state()).isEqualTo(MatterState.EVALUATING);
        assertThat(opened.facts().actorAccountId()).as("the system").isNull();
        assertThat(opened.closesOn()).isNotNull();

        List<MatterEvent.Evaluated> ratings =
                events.all(MatterEvent.Evaluated.class, e -> e.facts().matterId() == id);
        assertThat(ratings)
                .extracting(MatterEvent.Evaluated::evaluator)
                .containsExactly(MatterEvent.Evaluator.RAISER, MatterEvent.Evaluator.MEMBER);
        assertThat(ratings.get(1).memberId()).isEqualTo(memberId("wy001"));

        MatterEvent.Concluded concluded = only(published, MatterEvent.Concluded.class);
        assertThat(concluded.conclusion()).isEqualTo(Conclusion.CLOSE);
        assertThat(concluded.facts().state()).isEqualTo(MatterState.CLOSED);
    }

    @Test
    void triageToAProposalAndAReconsultationCarryTheirFacts() {
        ApiClient liaison = staff("lly01");
        long toProposal = raisedMatter(QINGSHI, "社区菜市场改造" + System.nanoTime() % 10000);
        liaison.post(
                        "/api/consultation/matters/" + toProposal + "/triage",
                        Map.of("outcome", "PROPOSAL", "memberId", memberId("wy015"), "comment", "涉及全区，建议形成提案"))
                .expectStatus(200);
        MatterEvent.Triaged triaged = only(events.ofMatter(toProposal), MatterEvent.Triaged.class);
        assertThat(triaged.outcome()).isEqualTo(TriageOutcome.PROPOSAL);
        assertThat(triaged.memberId()).isEqualTo(memberId("wy015"));
        assertThat(triaged.proposalId())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT proposal_id FROM consultation_matter WHERE id = ?", Long.class, toProposal));
        assertThat(triaged.facts().state()).isEqualTo(MatterState.TO_PROPOSAL);
        assertThat(triaged.facts().raiserAccountId())
                .as("raised without an account")
                .isNull();

        long again = raisedMatter(QINGSHI, "背街小巷积水" + System.nanoTime() % 10000);
        List<Long> actions = toImplementing(again, "zjj");
        reportDone("zjj", actions.get(0));
        liaison.post(
                        "/api/consultation/matters/" + again + "/conclusion",
                        Map.of("outcome", "RECONSULT", "comment", "群众仍不满意"))
                .expectStatus(200);
        MatterEvent.Concluded concluded = only(events.ofMatter(again), MatterEvent.Concluded.class);
        assertThat(concluded.conclusion()).isEqualTo(Conclusion.RECONSULT);
        assertThat(concluded.comment()).isEqualTo("群众仍不满意");
        assertThat(concluded.facts().state()).isEqualTo(MatterState.DELIBERATING);
        assertThat(concluded.facts().roundNo()).isEqualTo(2);
    }
}
