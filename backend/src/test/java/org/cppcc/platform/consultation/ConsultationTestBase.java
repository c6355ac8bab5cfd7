package org.cppcc.platform.consultation;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * What the consultation tests share: the demo's first three workstations (each with its liaison
 * lly01..lly03 and stationed members), fresh residents (each with a phone and an address of their own),
 * and steps that take a new matter to a given state through the API.
 */
abstract class ConsultationTestBase extends IntegrationTest {

    /** The demo's first workstation: liaison lly01; members wy001, wy015, wy029, wy043, wy057 stationed there. */
    static final String QINGSHI = "青石街道智慧委员工作站";
    /** The second: liaison lly02; members wy002, wy016 … */
    static final String GUIHUA = "桂花街道智慧委员工作站";

    protected long workstationId(String name) {
        return jdbc.queryForObject("SELECT id FROM workstation WHERE name = ?", Long.class, name);
    }

    protected long memberId(String username) {
        return jdbc.queryForObject(
                "SELECT m.id FROM member m JOIN app_account a ON a.id = m.account_id WHERE a.username = ?",
                Long.class,
                username);
    }

    protected long unitId(String code) {
        return jdbc.queryForObject("SELECT id FROM handling_unit WHERE code = ?", Long.class, code.toUpperCase());
    }

    protected String state(long matterId) {
        return jdbc.queryForObject("SELECT state FROM consultation_matter WHERE id = ?", String.class, matterId);
    }

    protected long historyCount(long matterId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM consultation_history WHERE matter_id = ?", Long.class, matterId);
    }

    /** A visitor of the public site from an address of their own. */
    protected SiteClient visitor() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new SiteClient(
                "http://localhost:" + port,
                "10." + r.nextInt(1, 255) + "." + r.nextInt(0, 255) + "." + r.nextInt(1, 255));
    }

    protected SiteClient signedIn(String username) {
        return visitor().login(username, DEMO_PASSWORD);
    }

    protected static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    protected static Map<String, Object> matterForm(long workstationId, String title, String phone) {
        Map<String, Object> form = new HashMap<>();
        form.put("workstationId", workstationId);
        form.put("title", title);
        form.put("description", "每天早晚高峰，村口路段车辆拥堵，学生上下学存在安全隐患，希望增设信号灯和斑马线。");
        form.put("place", "大托新村村口");
        form.put("contactPhone", phone);
        return form;
    }

    protected static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    protected static byte[] jpeg(int width, int height) {
        return image(width, height, "jpg");
    }

    private static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x2a, 0x6f, 0xb8));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A resident raises a matter at a workstation without an account; returns id and tracking code. */
    protected JsonNode raise(String workstation, String title, String phone) {
        return visitor()
                .post("/api/public/consultation/matters", matterForm(workstationId(workstation), title, phone))
                .expectStatus(201)
                .json();
    }

    protected long raisedMatter(String workstation, String title) {
        return raise(workstation, title, newPhone()).get("id").asLong();
    }

    protected ApiClient staff(String username) {
        return loginAs(username);
    }

    protected void toDeliberating(long matterId, ApiClient staff) {
        staff.post("/api/consultation/matters/" + matterId + "/triage", Map.of("outcome", "CONSULT"))
                .expectStatus(200);
    }

    protected static Map<String, Object> meeting(long memberId, long unitId) {
        return Map.of(
                "topic",
                "村口交通协商议事会",
                "scheduledAt",
                "2026-11-20T09:30:00",
                "online",
                false,
                "place",
                "青石街道便民服务中心二楼会议室",
                "participants",
                List.of(
                        Map.of("kind", "MEMBER", "memberId", memberId),
                        Map.of("kind", "UNIT", "unitId", unitId),
                        Map.of("kind", "COMMUNITY", "name", "青石桥社区居委会"),
                        Map.of("kind", "RESIDENT_REPRESENTATIVE", "name", "居民代表刘阿姨"),
                        Map.of("kind", "EXPERT", "name", "交通规划专家王工")));
    }

    /** Schedules a meeting and records its minutes: the matter is then DECIDING. */
    protected long toDeciding(long matterId, ApiClient liaison) {
        JsonNode detail = liaison.post(
                        "/api/consultation/matters/" + matterId + "/meetings",
                        meeting(memberId("wy001"), unitId("zjj")))
                .expectStatus(201)
                .json();
        long meetingId = detail.get("meetings")
                .get(detail.get("meetings").size() - 1)
                .get("id")
                .asLong();
        JsonNode participants =
                detail.get("meetings").get(detail.get("meetings").size() - 1).get("participants");
        liaison.post(
                        "/api/consultation/meetings/" + meetingId + "/minutes",
                        Map.of(
                                "minutes",
                                "与会各方一致同意增设信号灯，由住建局和城管局分别落实。",
                                "attendance",
                                List.of(Map.of(
                                        "participantId",
                                        participants.get(0).get("id").asLong(),
                                        "attended",
                                        true,
                                        "opinion",
                                        "建议尽快施工"))))
                .expectStatus(200);
        return meetingId;
    }

    /** Records a decision with one action for each unit given (by demo code). */
    protected List<Long> toDecided(long matterId, ApiClient liaison, String... unitCodes) {
        List<Map<String, Object>> actions = new ArrayList<>();
        for (String code : unitCodes) {
            actions.add(Map.of("content", "落实措施：" + code, "unitId", unitId(code), "workingDays", 10));
        }
        JsonNode detail = liaison.post(
                        "/api/consultation/matters/" + matterId + "/decision",
                        Map.of("summary", "增设信号灯和斑马线，错峰疏导。", "actions", actions))
                .expectStatus(200)
                .json();
        JsonNode decisions = detail.get("decisions");
        return decisions
                .get(decisions.size() - 1)
                .get("actions")
                .valueStream()
                .map(a -> a.get("id").asLong())
                .toList();
    }

    /** A matter taken through triage, meeting, decision and publication: it is IMPLEMENTING. */
    protected List<Long> toImplementing(long matterId, String... unitCodes) {
        ApiClient liaison = staff("lly01");
        toDeliberating(matterId, liaison);
        toDeciding(matterId, liaison);
        List<Long> actions = toDecided(matterId, liaison, unitCodes);
        liaison.post("/api/consultation/matters/" + matterId + "/publish", null).expectStatus(200);
        return actions;
    }

    protected void reportDone(String unitUser, long actionId) {
        staff(unitUser)
                .post("/api/consultation/actions/" + actionId + "/progress", Map.of("percent", 100, "note", "已完成"))
                .expectStatus(200);
    }
}
