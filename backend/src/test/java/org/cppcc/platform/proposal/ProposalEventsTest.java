package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cppcc.platform.proposal.ProposalFixtures.accountId;
import static org.cppcc.platform.proposal.ProposalFixtures.individualForm;
import static org.cppcc.platform.proposal.ProposalFixtures.registered;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.underReview;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;
import static org.cppcc.platform.support.RecordedEvents.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.proposal.events.ProposalFacts;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Every state change of a proposal publishes its event, once, with the facts a listener needs: ids, state
 * before and after, the proposers and units, who acted and the facts of the step.
 */
class ProposalEventsTest extends IntegrationTest {

    @Test
    void aJointProposalFromDraftToFollowUpPublishesEachStep() {
        ProposalJourney journey = journey("wy041", "wy042");
        long lead = accountId(jdbc, "wy041");
        long cosigner = accountId(jdbc, "wy042");
        long fgj = unitId(jdbc, "FGJ");
        long jyj = unitId(jdbc, "JYJ");

        journey.jointUnderReview(title("关于事件测试的建议"));
        long id = journey.id;
        journey.registeredAndAssigned().signed().contacted().opinionSent();
        journey.meetingHeld(journey.meeting());
        journey.extended()
                .replied("B")
                .evaluated("SATISFIED", "BASICALLY_SATISFIED")
                .closedAndPublished();
        journey.fgj
                .post(
                        "/api/proposals/assignments/" + journey.leadAssignment + "/follow-ups",
                        Map.of("content", "资金已到位，项目已开工", "newClass", "A"))
                .expectStatus(204);

        List<ProposalEvent> published = events.ofProposal(id);
        assertThat(published.stream().map(e -> e.getClass().getSimpleName()))
                .containsExactly(
                        "Drafted",
                        "CosignersInvited",
                        "CosignAnswered",
                        "Submitted",
                        "Registered",
                        "Assigned",
                        "Signed",
                        "Signed",
                        "ProposerContacted",
                        "OpinionSent",
                        "MeetingScheduled",
                        "MeetingHeld",
                        "ExtensionRequested",
                        "ExtensionDecided",
                        "ReplySubmitted",
                        "Countersigned",
                        "ReplyApproved",
                        "ReplyChecked",
                        "Evaluated",
                        "Evaluated",
                        "Closed",
                        "Published",
                        "FollowUpReported");
        assertThat(published.stream().map(e -> e.facts().eventId()).distinct()).hasSameSizeAs(published);
        published.forEach(e -> assertThat(e.facts().proposalId()).isEqualTo(id));

        ProposalEvent.CosignersInvited invited = only(published, ProposalEvent.CosignersInvited.class);
        assertThat(invited.invitedAccountIds()).containsExactly(cosigner);
        assertFacts(invited.facts(), ProposalState.DRAFT, ProposalState.COSIGNING, lead, Role.MEMBER);
        assertThat(invited.facts().proposerAccountIds()).containsExactly(lead);
        assertThat(invited.deadline()).isNotNull();

        ProposalEvent.CosignAnswered answered = only(published, ProposalEvent.CosignAnswered.class);
        assertThat(answered.confirmed()).isTrue();
        assertThat(answered.memberAccountId()).isEqualTo(cosigner);

        ProposalEvent.Submitted submitted = only(published, ProposalEvent.Submitted.class);
        assertFacts(submitted.facts(), ProposalState.COSIGNING, ProposalState.UNDER_REVIEW, lead, Role.MEMBER);
        assertThat(submitted.byDeadline()).isFalse();
        assertThat(submitted.facts().proposerAccountIds()).containsExactly(lead, cosigner);

        ProposalEvent.Registered registered = only(published, ProposalEvent.Registered.class);
        long office = accountId(jdbc, "tab01");
        assertFacts(
                registered.facts(), ProposalState.UNDER_REVIEW, ProposalState.ASSIGNMENT, office, Role.PROPOSAL_OFFICE);
        assertThat(registered.facts().number()).isEqualTo(registered.number()).isPositive();
        assertThat(registered.facts().sessionId())
                .isEqualTo(jdbc.queryForObject("SELECT session_id FROM proposal WHERE id = ?", Long.class, id));

        ProposalEvent.Assigned assigned = only(published, ProposalEvent.Assigned.class);
        assertThat(assigned.assignments())
                .extracting(ProposalEvent.UnitAssignment::unitId, ProposalEvent.UnitAssignment::role)
                .containsExactly(tuple(fgj, UnitRole.LEAD), tuple(jyj, UnitRole.ASSISTING));
        assertThat(assigned.facts().unitIds()).containsExactly(fgj, jyj);
        assertThat(assigned.assignments().get(0).signDueDate()).isNotNull();

        List<ProposalEvent.Signed> signed =
                events.all(ProposalEvent.Signed.class, e -> e.facts().proposalId() == id);
        assertThat(signed).extracting(ProposalEvent.Signed::handlingStarted).containsExactly(false, true);
        assertThat(signed.get(1).facts().state()).isEqualTo(ProposalState.HANDLING);
        assertThat(signed.get(1).facts().actorAccountId()).isEqualTo(accountId(jdbc, "jyj"));

        ProposalEvent.MeetingScheduled meeting = only(published, ProposalEvent.MeetingScheduled.class);
        assertThat(meeting.inviteeAccountIds()).contains(accountId(jdbc, "fgj"), accountId(jdbc, "jyj"));
        assertThat(meeting.place()).isEqualTo("区政协三楼会议室");

        ProposalEvent.ExtensionDecided extension = only(published, ProposalEvent.ExtensionDecided.class);
        assertThat(extension.approved()).isTrue();
        assertThat(extension.newReplyDueDate())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT reply_due_date FROM proposal_assignment WHERE id = ?",
                        LocalDate.class,
                        journey.leadAssignment));

        ProposalEvent.ReplySubmitted reply = only(published, ProposalEvent.ReplySubmitted.class);
        assertThat(reply.countersigning()).isTrue();
        assertThat(reply.countersigningUnitIds()).containsExactly(jyj);
        assertThat(reply.replyClass()).isEqualTo(ReplyClass.B);
        assertThat(only(published, ProposalEvent.Countersigned.class).allAgreed())
                .isTrue();

        ProposalEvent.ReplyChecked checked = only(published, ProposalEvent.ReplyChecked.class);
        assertThat(checked.passed()).isTrue();
        assertThat(checked.finalClass()).isEqualTo(ReplyClass.B);
        assertFacts(
                checked.facts(),
                ProposalState.REPLY_REVIEW,
                ProposalState.AWAITING_EVALUATION,
                office,
                Role.PROPOSAL_OFFICE);

        List<ProposalEvent.Evaluated> evaluated =
                events.all(ProposalEvent.Evaluated.class, e -> e.facts().proposalId() == id);
        assertThat(evaluated).extracting(ProposalEvent.Evaluated::allEvaluated).containsExactly(false, true);
        assertThat(evaluated.get(1).result()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
        assertThat(evaluated.get(1).memberAccountId()).isEqualTo(cosigner);

        assertThat(only(published, ProposalEvent.Closed.class).tracked()).isTrue();
        assertFacts(
                only(published, ProposalEvent.Published.class).facts(),
                ProposalState.CLOSED,
                ProposalState.PUBLISHED,
                office,
                Role.PROPOSAL_OFFICE);
        ProposalEvent.FollowUpReported followUp = only(published, ProposalEvent.FollowUpReported.class);
        assertThat(followUp.newClass()).isEqualTo(ReplyClass.A);
        assertThat(followUp.stillTracked()).isFalse();
    }

    @Test
    void eachOutcomeOfReviewHasItsEvent() {
        ApiClient member = loginAs("wy043");
        ApiClient office = loginAs("tab01");
        long target = registered(member, office, title("并案目标"));
        long refused = underReview(member, title("不予立案"));
        long converted = underReview(member, title("转社情民意"));
        long merged = underReview(member, title("并入其他提案"));
        long returned = underReview(member, title("退回修改"));
        String reason = "OUT_OF_SCOPE";

        review(office, refused, Map.of("outcome", "REFUSE", "refusalReason", reason, "comment", "不属于政协履职范围"));
        review(office, converted, Map.of("outcome", "CONVERT", "convertTo", "PUBLIC_OPINION"));
        review(office, merged, Map.of("outcome", "MERGE", "mergeIntoId", target));
        review(office, returned, Map.of("outcome", "RETURN", "comment", "请补充调研数据"));

        ProposalEvent.Refused refusal = only(events.ofProposal(refused), ProposalEvent.Refused.class);
        assertThat(refusal.reasonCode()).isEqualTo(reason);
        assertThat(refusal.reason()).isNotBlank();
        assertThat(refusal.comment()).isEqualTo("不属于政协履职范围");
        assertThat(refusal.facts().state()).isEqualTo(ProposalState.REFUSED);
        assertThat(only(events.ofProposal(converted), ProposalEvent.Converted.class)
                        .convertedTo())
                .isEqualTo(ReviewDecision.ConversionKind.PUBLIC_OPINION);
        ProposalEvent.Merged merge = only(events.ofProposal(merged), ProposalEvent.Merged.class);
        assertThat(merge.targetProposalId()).isEqualTo(target);
        assertThat(merge.targetNumber()).isPositive();
        ProposalEvent.ReturnedForRevision revision =
                only(events.ofProposal(returned), ProposalEvent.ReturnedForRevision.class);
        assertThat(revision.comment()).isEqualTo("请补充调研数据");
        assertThat(revision.facts().state()).isEqualTo(ProposalState.DRAFT);

        member.put("/api/proposals/" + returned, individualForm(title("退回后修改"))).expectStatus(200);
        assertThat(only(events.ofProposal(returned), ProposalEvent.DraftUpdated.class)
                        .facts()
                        .title())
                .startsWith("退回后修改");
    }

    @Test
    void anUnsatisfiedEvaluationLeadsToASecondRound() {
        ProposalJourney journey = journey("wy046", "wy047");
        journey.jointUnderReview(title("关于重新办理的建议"))
                .registeredAndAssigned()
                .signed()
                .opinionSent()
                .replied("C")
                .evaluated("UNSATISFIED", "SATISFIED")
                .rehandled();

        ProposalEvent.RehandlingOrdered rehandling =
                only(events.ofProposal(journey.id), ProposalEvent.RehandlingOrdered.class);
        assertThat(rehandling.round()).isEqualTo(2);
        assertThat(rehandling.comment()).isEqualTo("请进一步落实");
        assertThat(rehandling.facts().handlingRound()).isEqualTo(2);
        assertThat(rehandling.facts().state()).isEqualTo(ProposalState.REHANDLING);
        assertThat(rehandling.facts().unitIds()).containsExactly(unitId(jdbc, "FGJ"), unitId(jdbc, "JYJ"));
        List<ProposalEvent.Evaluated> evaluations =
                events.all(ProposalEvent.Evaluated.class, e -> e.facts().proposalId() == journey.id);
        assertThat(evaluations.get(0).attitude()).isEqualTo(Satisfaction.UNSATISFIED);
    }

    @Test
    void aReturnRequestAndItsDecision() {
        ProposalJourney journey = journey("wy044", "wy045");
        journey.jointUnderReview(title("关于退回与重办的建议")).registeredAndAssigned();
        long id = journey.id;
        long zjj = unitId(jdbc, "ZJJ");
        journey.jyj
                .post(
                        "/api/proposals/assignments/" + journey.assistingAssignment + "/return-request",
                        Map.of("reason", "不属于本单位职责"))
                .expectStatus(204);
        journey.office
                .post(
                        "/api/proposals/assignments/" + journey.assistingAssignment + "/return-decision",
                        Map.of("approve", true, "newUnitId", zjj, "comment", "改由区住建局会办"))
                .expectStatus(204);

        ProposalEvent.ReturnRequested request = only(events.ofProposal(id), ProposalEvent.ReturnRequested.class);
        assertThat(request.reason()).isEqualTo("不属于本单位职责");
        assertThat(request.unitId()).isEqualTo(unitId(jdbc, "JYJ"));
        ProposalEvent.ReturnDecided decision = only(events.ofProposal(id), ProposalEvent.ReturnDecided.class);
        assertThat(decision.approved()).isTrue();
        assertThat(decision.replacement().unitId()).isEqualTo(zjj);
        assertThat(decision.facts().unitIds()).containsExactly(unitId(jdbc, "FGJ"), zjj);
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

    private static void review(ApiClient office, long id, Map<String, Object> decision) {
        office.post("/api/proposals/" + id + "/review", decision)
                .expectStatus("RETURN".equals(decision.get("outcome")) ? 204 : 200);
    }

    private static void assertFacts(ProposalFacts facts, ProposalState from, ProposalState to, long actor, Role role) {
        assertThat(facts.previousState()).as("state before").isEqualTo(from);
        assertThat(facts.state()).as("state after").isEqualTo(to);
        assertThat(facts.actorAccountId()).as("actor").isEqualTo(actor);
        assertThat(facts.actorRole()).as("role").isEqualTo(role);
        assertThat(facts.occurredAt()).isNotNull();
    }
}
