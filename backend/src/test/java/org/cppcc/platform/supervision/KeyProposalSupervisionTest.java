package org.cppcc.platform.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.support.RecordedEvents.only;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.cppcc.platform.account.Role;
import org.cppcc.platform.supervision.events.SupervisionEvent;
import org.cppcc.platform.support.ApiClient;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A key proposal from the office's shortlist through the chair's meeting approval (the BPMN message starts
 * the leader's supervise task), the leader's instruction and each unit's acknowledgement, the office's
 * chasing, a site visit with a photo and a look-back review, to the end of supervision; and who may do what.
 */
class KeyProposalSupervisionTest extends SupervisionTestSupport {

    private static final byte[] PNG = png(32, 24);

    @Autowired
    TaskService tasks;

    @Test
    void keyProposalFromShortlistToLookBack() throws Exception {
        String title = title("关于老旧管网改造的建议");
        long id = registeredProposal("wy034", title);
        JsonNode assigned = assign(id, "ZJJ", "CZJ");
        ApiClient office = loginAs("tab01");
        ApiClient leader = loginAs("ld01");
        ApiClient zjj = loginAs("zjj");
        ApiClient czj = loginAs("czj");
        long leaderId = jdbc.queryForObject("SELECT id FROM app_account WHERE username = 'ld01'", Long.class);

        assertThat(office.get("/api/supervision/key-proposals/candidates")
                        .expectStatus(200)
                        .json()
                        .valueStream()
                        .map(p -> p.get("id").asLong()))
                .contains(id);
        office.post("/api/supervision/key-proposals", Map.of("proposalId", id, "reason", "事关民生安全"))
                .expectStatus(201);
        office.post("/api/supervision/key-proposals", Map.of("proposalId", id, "reason", "再次"))
                .expectStatus(409);
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey("proposal-" + id)
                        .taskDefinitionKey("supervise")
                        .count())
                .as("no supervision before the chair's meeting")
                .isZero();

        office.post(
                        "/api/supervision/key-proposals/" + id + "/approval",
                        Map.of(
                                "meetingName",
                                "五届政协第十四次主席会议",
                                "approvedOn",
                                now().toLocalDate().toString(),
                                "leadLeaderId",
                                leaderId))
                .expectStatus(200);
        office.post(
                        "/api/supervision/key-proposals/" + id + "/approval",
                        Map.of(
                                "meetingName",
                                "再次",
                                "approvedOn",
                                now().toLocalDate().toString(),
                                "leadLeaderId",
                                leaderId))
                .expectStatus(409);
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey("proposal-" + id)
                        .taskDefinitionKey("supervise")
                        .taskCandidateGroup("LEADER")
                        .count())
                .isEqualTo(1);
        JsonNode detail =
                leader.get("/api/supervision/proposals/" + id).expectStatus(200).json();
        assertThat(detail.get("keyProposal").get("status").asString()).isEqualTo("APPROVED");
        assertThat(detail.get("proposal").get("keyProposal").asBoolean()).isTrue();
        assertThat(unreadTitles("ld01")).anyMatch(t -> t.contains("领衔督办") && t.contains(title));

        // Only leaders write instructions.
        office.post("/api/supervision/proposals/" + id + "/instructions", Map.of("content", "请加快办理"))
                .expectStatus(403);
        zjj.post("/api/supervision/proposals/" + id + "/instructions", Map.of("content", "请加快办理"))
                .expectStatus(403);
        leader.post("/api/supervision/proposals/" + id + "/instructions", Map.of("content", "<script>x</script>"))
                .expectStatus(400);
        long instruction = leader.post(
                        "/api/supervision/proposals/" + id + "/instructions", Map.of("content", "管网改造要与道路施工统筹，避免反复开挖。"))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        assertThat(unreadTitles("zjj")).anyMatch(t -> t.contains("批示") && t.contains(title));
        assertThat(zjj.get("/api/supervision/instructions/pending")
                        .expectStatus(200)
                        .json()
                        .valueStream()
                        .filter(a -> a.get("instructionId").asLong() == instruction)
                        .map(a -> a.get("proposalId").asLong() + " "
                                + a.get("proposalTitle").asString()))
                .containsExactly(id + " " + title);
        assertThat(loginAs("jyj")
                        .get("/api/supervision/instructions/pending")
                        .json()
                        .valueStream()
                        .noneMatch(a -> a.get("instructionId").asLong() == instruction))
                .isTrue();

        // Each unit acknowledges for itself, once; another unit's instruction looks as if it did not exist.
        loginAs("jyj")
                .post("/api/supervision/instructions/" + instruction + "/acknowledgement", Map.of("note", "已阅"))
                .expectStatus(404);
        leader.post("/api/supervision/instructions/" + instruction + "/acknowledgement", Map.of("note", "已阅"))
                .expectStatus(403);
        zjj.post("/api/supervision/instructions/" + instruction + "/acknowledgement", Map.of("note", "已部署落实"))
                .expectStatus(204);
        zjj.post("/api/supervision/instructions/" + instruction + "/acknowledgement", Map.of("note", "再次"))
                .expectStatus(409);
        assertThat(zjj.get("/api/supervision/instructions/pending")
                        .json()
                        .valueStream()
                        .noneMatch(a -> a.get("instructionId").asLong() == instruction))
                .isTrue();
        czj.post("/api/supervision/instructions/" + instruction + "/acknowledgement", Map.of("note", "配合落实资金"))
                .expectStatus(204);
        JsonNode acks = leader.get("/api/supervision/proposals/" + id)
                .json()
                .get("instructions")
                .get(0)
                .get("acks");
        assertThat(acks.valueStream().allMatch(a -> !a.get("acknowledgedAt").isNull()))
                .isTrue();
        assertThat(unreadTitles("ld01")).anyMatch(t -> t.contains("已阅办"));

        // Only the office chases.
        leader.post("/api/supervision/chases", Map.of("proposalId", id, "message", "请加快"))
                .expectStatus(403);
        zjj.post("/api/supervision/chases", Map.of("proposalId", id, "message", "请加快"))
                .expectStatus(403);
        office.post("/api/supervision/chases", Map.of("proposalId", id, "unitId", unitId("JYJ"), "message", "请加快"))
                .expectStatus(400);
        office.post(
                        "/api/supervision/chases",
                        Map.of("proposalId", id, "unitId", unitId("ZJJ"), "message", "请于本周内报送办理进展"))
                .expectStatus(201);
        assertThat(unreadTitles("zjj")).anyMatch(t -> t.startsWith("【催办】"));
        assertThat(unreadTitles("czj")).noneMatch(t -> t.startsWith("【催办】") && t.contains(title));

        // Site visit with a photo, look-back review.
        long visit = leader.post(
                        "/api/supervision/proposals/" + id + "/visits",
                        Map.of(
                                "kind",
                                "SITE_VISIT",
                                "visitDate",
                                now().toLocalDate().toString(),
                                "place",
                                "江湾区枫林路",
                                "participants",
                                "领衔督办领导、区住建局",
                                "notes",
                                "实地查看管网改造施工进度"))
                .expectStatus(201)
                .json()
                .get("id")
                .asLong();
        JsonNode photo = upload(leader, visit, "site.png", PNG);
        assertThat(photo.get("contentType").asString()).isEqualTo("image/png");
        assertThat(upload(leader, visit, "fake.png", "not an image".getBytes(StandardCharsets.UTF_8))
                        .get("code")
                        .asString())
                .isEqualTo("VALIDATION_FAILED");
        HttpResponse<byte[]> download = download(zjj, visit, photo.get("id").asLong());
        assertThat(download.statusCode()).isEqualTo(200);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(download.body()));
        assertThat(stored.getWidth())
                .as("the photo is stored re-encoded, same picture")
                .isEqualTo(32);
        assertThat(stored.getHeight()).isEqualTo(24);
        assertThat(download(loginAs("jyj"), visit, photo.get("id").asLong()).statusCode())
                .as("not jyj's proposal")
                .isEqualTo(404);
        office.post(
                        "/api/supervision/proposals/" + id + "/visits",
                        Map.of(
                                "kind",
                                "LOOK_BACK",
                                "visitDate",
                                now().toLocalDate().toString(),
                                "place",
                                "枫林社区",
                                "participants",
                                "提案委、提案人",
                                "notes",
                                "回头看：改造完成，群众满意"))
                .expectStatus(201);
        zjj.post(
                        "/api/supervision/proposals/" + id + "/visits",
                        Map.of(
                                "kind",
                                "LOOK_BACK",
                                "visitDate",
                                now().toLocalDate().toString(),
                                "place",
                                "x",
                                "participants",
                                "x",
                                "notes",
                                "x"))
                .expectStatus(403);

        // Another leader may not end it; the lead leader does, and the supervise task completes.
        loginAs("ld02")
                .post("/api/supervision/key-proposals/" + id + "/conclusion", Map.of("conclusion", "结束"))
                .expectStatus(403);
        leader.post("/api/supervision/key-proposals/" + id + "/conclusion", Map.of("conclusion", "督办事项已落实"))
                .expectStatus(204);
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey("proposal-" + id)
                        .taskDefinitionKey("supervise")
                        .count())
                .isZero();

        List<String> actions = office.get("/api/proposals/" + id + "/history")
                .json()
                .valueStream()
                .map(e -> e.get("action").asString())
                .toList();
        assertThat(actions)
                .contains(
                        "KEY_SHORTLIST",
                        "KEY_APPROVE",
                        "INSTRUCTION",
                        "INSTRUCTION_ACK",
                        "CHASE",
                        "SITE_VISIT",
                        "LOOK_BACK",
                        "SUPERVISION_CONCLUDED");
        JsonNode after = office.get("/api/supervision/proposals/" + id).json();
        assertThat(after.get("chases")).hasSize(1);
        assertThat(after.get("visits")).hasSize(2);
        assertThat(after.get("visits").get(0).get("photos")).hasSize(1);

        List<SupervisionEvent> published =
                events.all(SupervisionEvent.class, e -> e.facts().proposalId() == id);
        assertThat(published.stream().map(e -> e.getClass().getSimpleName()))
                .containsExactly(
                        "KeyProposalShortlisted",
                        "KeyProposalApproved",
                        "InstructionGiven",
                        "InstructionAcknowledged",
                        "InstructionAcknowledged",
                        "Chased",
                        "VisitRecorded",
                        "VisitRecorded",
                        "KeySupervisionConcluded");
        SupervisionEvent.KeyProposalApproved approved = only(published, SupervisionEvent.KeyProposalApproved.class);
        assertThat(approved.leaderAccountId()).isEqualTo(leaderId);
        assertThat(approved.meetingName()).isEqualTo("五届政协第十四次主席会议");
        assertThat(approved.facts().unitIds()).containsExactly(unitId("ZJJ"), unitId("CZJ"));
        assertThat(approved.facts().proposalNumber()).isNotNull();
        SupervisionEvent.InstructionGiven given = only(published, SupervisionEvent.InstructionGiven.class);
        assertThat(given.instructionId()).isEqualTo(instruction);
        assertThat(given.facts().actorAccountId()).isEqualTo(leaderId);
        assertThat(given.facts().actorRole()).isEqualTo(Role.LEADER);
        SupervisionEvent.Chased chased = only(published, SupervisionEvent.Chased.class);
        assertThat(chased.unitId()).isEqualTo(unitId("ZJJ"));
        assertThat(chased.message()).isEqualTo("请于本周内报送办理进展");
        assertThat(only(published, SupervisionEvent.KeySupervisionConcluded.class)
                        .leaderAccountId())
                .isEqualTo(leaderId);
    }

    @Test
    void onlyTheOfficeSelectsKeyProposalsAndAUnitSeesOnlyItsOwn() {
        String title = title("关于口袋公园管护的建议");
        long id = registeredProposal("wy035", title);
        assign(id, "FGJ");
        for (String who : List.of("ld01", "fgj", "wy035")) {
            loginAs(who)
                    .post("/api/supervision/key-proposals", Map.of("proposalId", id, "reason", "重要"))
                    .expectStatus(403);
        }
        loginAs("tab01")
                .post("/api/supervision/key-proposals", Map.of("proposalId", id, "reason", "重要"))
                .expectStatus(201);
        loginAs("ld01")
                .post(
                        "/api/supervision/key-proposals/" + id + "/approval",
                        Map.of("meetingName", "会", "approvedOn", "2026-01-01", "leadLeaderId", 1))
                .expectStatus(403);
        loginAs("tab01")
                .post(
                        "/api/supervision/key-proposals/" + id + "/approval",
                        Map.of(
                                "meetingName",
                                "主席会议",
                                "approvedOn",
                                now().toLocalDate().toString(),
                                "leadLeaderId",
                                jdbc.queryForObject("SELECT id FROM app_account WHERE username = 'tab02'", Long.class)))
                .expectStatus(400); // a leader must lead it

        // The unit jyj sees nothing of fgj's proposal.
        ApiClient jyj = loginAs("jyj");
        assertThat(jyj.get("/api/supervision/board?size=100")
                        .expectStatus(200)
                        .json()
                        .get("items")
                        .valueStream()
                        .allMatch(i -> i.get("unitId").asLong() == unitId("JYJ")))
                .isTrue();
        assertThat(jyj.get("/api/supervision/board?size=100&unitId=" + unitId("FGJ"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        jyj.get("/api/supervision/proposals/" + id).expectStatus(404);
        assertThat(jyj.get("/api/supervision/board/units")
                        .expectStatus(200)
                        .json()
                        .valueStream()
                        .allMatch(c -> c.get("unitId").asLong() == unitId("JYJ")))
                .isTrue();
        ApiClient fgj = loginAs("fgj");
        assertThat(fgj.get("/api/supervision/proposals/" + id)
                        .expectStatus(200)
                        .json()
                        .get("openItems")
                        .valueStream()
                        .allMatch(i -> i.get("unitId").asLong() == unitId("FGJ")))
                .isTrue();
        loginAs("wy035").get("/api/supervision/board").expectStatus(403);
        loginAs("admin").get("/api/supervision/board").expectStatus(403);
    }

    private long unitId(String code) {
        return jdbc.queryForObject("SELECT id FROM handling_unit WHERE code = ?", Long.class, code);
    }

    private List<String> unreadTitles(String username) {
        awaitEvents(); // notices are written by the notification module's listeners, after the commit
        return loginAs(username)
                .get("/api/notifications?unreadOnly=true&size=100")
                .expectStatus(200)
                .json()
                .get("items")
                .valueStream()
                .map(n -> n.get("title").asString())
                .toList();
    }

    private static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private JsonNode upload(ApiClient client, long visit, String name, byte[] content) throws Exception {
        String boundary = "----sup" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        client.get("/api/auth/csrf");
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/supervision/visits/" + visit + "/photos"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-XSRF-TOKEN", client.cookie("XSRF-TOKEN"))
                .header("Cookie", "SESSION=" + client.cookie("SESSION") + "; XSRF-TOKEN=" + client.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return JsonMapper.builder().build().readTree(response.body());
    }

    private HttpResponse<byte[]> download(ApiClient client, long visit, long photo) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/supervision/visits/" + visit + "/photos/" + photo))
                .header("Cookie", "SESSION=" + client.cookie("SESSION"))
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
