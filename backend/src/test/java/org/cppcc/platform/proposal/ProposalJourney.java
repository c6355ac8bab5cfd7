package org.cppcc.platform.proposal;

import static org.cppcc.platform.proposal.ProposalFixtures.assignmentOf;
import static org.cppcc.platform.proposal.ProposalFixtures.form;
import static org.cppcc.platform.proposal.ProposalFixtures.memberId;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.support.ApiClient;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * One proposal taken step by step through the HTTP API by the people whose step it is: the lead proposer, a
 * co-signer, the office (tab01) and the units (区发展和改革局 fgj leads, 区教育局 jyj assists, unless a step says
 * otherwise). Tests of what the steps cause (events, notices) share it.
 */
public final class ProposalJourney {

    public final ApiClient lead;
    public final ApiClient cosigner;
    public final ApiClient office;
    public final ApiClient fgj;
    public final ApiClient jyj;
    private final JdbcTemplate jdbc;
    private final String cosignerName;
    public long id;
    public long leadAssignment;
    public long assistingAssignment;

    public ProposalJourney(
            JdbcTemplate jdbc,
            ApiClient lead,
            String cosignerName,
            ApiClient cosigner,
            ApiClient office,
            ApiClient fgj,
            ApiClient jyj) {
        this.jdbc = jdbc;
        this.lead = lead;
        this.cosignerName = cosignerName;
        this.cosigner = cosigner;
        this.office = office;
        this.fgj = fgj;
        this.jyj = jyj;
    }

    /** A joint draft with the co-signer invited, sent out, confirmed and submitted for review. */
    public ProposalJourney jointUnderReview(String title) {
        id = lead.post("/api/proposals", form(title, "JOINT", List.of(memberId(jdbc, cosignerName))))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        lead.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        cosigner.post("/api/proposals/" + id + "/cosign", Map.of("confirm", true))
                .expectStatus(200);
        lead.post("/api/proposals/" + id + "/submit-for-review", null).expectStatus(200);
        return this;
    }

    /** Registered and assigned to 区发展和改革局 (lead) and 区教育局 (assisting). */
    public ProposalJourney registeredAndAssigned() {
        office.post("/api/proposals/" + id + "/review", Map.of("outcome", "REGISTER"))
                .expectStatus(200);
        JsonNode assigned = office.post(
                        "/api/proposals/" + id + "/assign",
                        Map.of(
                                "mode",
                                "LEAD_AND_ASSISTING",
                                "leadUnitId",
                                unitId(jdbc, "FGJ"),
                                "assistingUnitIds",
                                List.of(unitId(jdbc, "JYJ"))))
                .expectStatus(200)
                .json();
        leadAssignment = assignmentOf(assigned, "区发展和改革局");
        assistingAssignment = assignmentOf(assigned, "区教育局");
        return this;
    }

    public ProposalJourney signed() {
        fgj.post("/api/proposals/assignments/" + leadAssignment + "/sign", null).expectStatus(204);
        jyj.post("/api/proposals/assignments/" + assistingAssignment + "/sign", null)
                .expectStatus(204);
        return this;
    }

    public ProposalJourney contacted() {
        fgj.post(
                        "/api/proposals/assignments/" + leadAssignment + "/contacts",
                        Map.of("contactDate", LocalDate.now().toString(), "way", "PHONE", "content", "电话联系提案人，了解诉求"))
                .expectStatus(204);
        return this;
    }

    public ProposalJourney opinionSent() {
        jyj.post("/api/proposals/assignments/" + assistingAssignment + "/opinion", Map.of("content", "建议纳入民生实事"))
                .expectStatus(204);
        return this;
    }

    /** The office calls a pre-handling meeting with the lead proposer and both units; returns its id. */
    public long meeting() {
        return office.post(
                        "/api/proposals/" + id + "/meetings",
                        Map.of(
                                "meetingTime",
                                "2026-11-20T09:30:00",
                                "place",
                                "区政协三楼会议室",
                                "chair",
                                "区政协副主席",
                                "inviteeMemberIds",
                                List.of(),
                                "inviteeUnitIds",
                                List.of(unitId(jdbc, "FGJ"), unitId(jdbc, "JYJ"))))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
    }

    public void meetingHeld(long meetingId) {
        office.post(
                        "/api/proposals/meetings/" + meetingId + "/outcome",
                        Map.of("minutes", "与会各方就选址和补贴达成一致", "attendance", "提案人、区发改局、区教育局"))
                .expectStatus(204);
    }

    /** The lead unit asks for a month more; the office approves. */
    public ProposalJourney extended() {
        long extension = fgj.post(
                        "/api/proposals/assignments/" + leadAssignment + "/extensions",
                        Map.of("months", 1, "reason", "需等待年度预算批复"))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        office.post("/api/proposals/extensions/" + extension + "/decision", Map.of("approve", true))
                .expectStatus(204);
        return this;
    }

    /** The lead unit's reply of {@code replyClass}, submitted, countersigned, signed by its leader, passed. */
    public ProposalJourney replied(String replyClass) {
        fgj.put(
                        "/api/proposals/assignments/" + leadAssignment + "/reply",
                        Map.of(
                                "replyClass",
                                replyClass,
                                "body",
                                "一、关于选址……二、关于补贴……",
                                "signingLeader",
                                "周建国",
                                "officer",
                                "王海燕",
                                "officerPhone",
                                "0731-85601001"))
                .expectStatus(204);
        fgj.post("/api/proposals/assignments/" + leadAssignment + "/reply/submit", null)
                .expectStatus(204);
        jyj.post("/api/proposals/assignments/" + assistingAssignment + "/countersign", Map.of("agree", true))
                .expectStatus(204);
        fgj.post("/api/proposals/assignments/" + leadAssignment + "/reply/approve", null)
                .expectStatus(204);
        office.post("/api/proposals/assignments/" + leadAssignment + "/reply/check", Map.of("approve", true))
                .expectStatus(204);
        return this;
    }

    public ProposalJourney evaluated(String leadVerdict, String cosignerVerdict) {
        lead.post("/api/proposals/" + id + "/evaluations", evaluation(leadVerdict))
                .expectStatus(204);
        cosigner.post("/api/proposals/" + id + "/evaluations", evaluation(cosignerVerdict))
                .expectStatus(204);
        return this;
    }

    public ProposalJourney closedAndPublished() {
        office.post("/api/proposals/" + id + "/after-evaluation", Map.of("decision", "CLOSE"))
                .expectStatus(204);
        office.post("/api/proposals/" + id + "/publish", null).expectStatus(204);
        return this;
    }

    /** The office orders a second round; the assignments of that round become the journey's. */
    public ProposalJourney rehandled() {
        office.post("/api/proposals/" + id + "/after-evaluation", Map.of("decision", "REHANDLE", "comment", "请进一步落实"))
                .expectStatus(204);
        JsonNode detail = lead.get("/api/proposals/" + id).expectStatus(200).json();
        for (JsonNode a : detail.get("assignments")) {
            if (a.get("handlingRound").asInt() == 2) {
                if (a.get("unitRole").asString().equals("LEAD")) {
                    leadAssignment = a.get("id").asLong();
                } else {
                    assistingAssignment = a.get("id").asLong();
                }
            }
        }
        return this;
    }

    public static Map<String, Object> evaluation(String verdict) {
        Map<String, Object> form = new HashMap<>();
        form.put("contacted", true);
        form.put("contactWay", "PHONE");
        form.put("attitude", verdict);
        form.put("result", verdict);
        return form;
    }
}
