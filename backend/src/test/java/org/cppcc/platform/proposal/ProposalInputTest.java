package org.cppcc.platform.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppcc.platform.proposal.ProposalFixtures.assigned;
import static org.cppcc.platform.proposal.ProposalFixtures.assignmentOf;
import static org.cppcc.platform.proposal.ProposalFixtures.chinese;
import static org.cppcc.platform.proposal.ProposalFixtures.collectiveForm;
import static org.cppcc.platform.proposal.ProposalFixtures.createDraft;
import static org.cppcc.platform.proposal.ProposalFixtures.form;
import static org.cppcc.platform.proposal.ProposalFixtures.individualForm;
import static org.cppcc.platform.proposal.ProposalFixtures.leadPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.memberId;
import static org.cppcc.platform.proposal.ProposalFixtures.registered;
import static org.cppcc.platform.proposal.ProposalFixtures.splitPlan;
import static org.cppcc.platform.proposal.ProposalFixtures.state;
import static org.cppcc.platform.proposal.ProposalFixtures.title;
import static org.cppcc.platform.proposal.ProposalFixtures.underReview;
import static org.cppcc.platform.proposal.ProposalFixtures.unitId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.cppcc.platform.proposal.ProposalFixtures.Snapshot;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.ApiClient.Download;
import org.cppcc.platform.support.ApiClient.Response;
import org.cppcc.platform.support.IntegrationTest;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Bad input is refused with 400 (413 for a file too large) naming the field, and nothing is written;
 * text that only looks dangerous to a database is kept as typed.
 */
class ProposalInputTest extends IntegrationTest {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3
    };
    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Value("${platform.data-dir}")
    String dataDir;

    private static void assertInvalid(Response response, String field) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(400);
        assertThat(response.fields()).as("fields of %s", response.body()).contains(field);
        assertThat(chinese(response.detail()))
                .as("Chinese detail: %s", response.detail())
                .isTrue();
    }

    private Snapshot snapshot(long proposalId) {
        return Snapshot.of(jdbc, tasks, proposalId);
    }

    /** Proposals, history rows and process instances in the whole database. */
    private List<Long> totals() {
        return List.of(
                count("proposal"),
                count("proposal_history"),
                count("proposal_cosigner"),
                count("proposal_suggested_unit"),
                runtime.createProcessInstanceQuery().count());
    }

    private static Map<String, Object> with(Map<String, Object> form, Object... keysAndValues) {
        Map<String, Object> changed = new HashMap<>(form);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            changed.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return changed;
    }

    private static Map<String, Object> without(Map<String, Object> form, String... keys) {
        Map<String, Object> changed = new HashMap<>(form);
        Arrays.stream(keys).forEach(changed::remove);
        return changed;
    }

    @Test
    void badProposalFormsAreRefusedNamingTheFieldAndNothingIsWritten() {
        ApiClient member = loginAs("wy005");
        long self = memberId(jdbc, "wy005");
        Map<String, Object> good = individualForm(title("关于完善电动自行车充电设施的建议"));
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("title", with(good, "title", ""));
        bad.put("title ", with(good, "title", "   "));
        bad.put("title  ", with(good, "title", "案".repeat(51)));
        bad.put("situation", with(good, "situation", "情".repeat(3001)));
        bad.put("analysis", with(good, "analysis", "析".repeat(3001)));
        bad.put("suggestions", with(good, "suggestions", ""));
        bad.put("proposerType", with(good, "proposerType", "FOO"));
        bad.put("proposerType ", without(good, "proposerType"));
        bad.put("category", with(good, "category", "SPORTS"));
        bad.put("category ", without(good, "category"));
        bad.put("plenary", without(good, "plenary"));
        bad.put("consentPublish", without(good, "consentPublish"));
        bad.put("noPublishReason", with(good, "consentPublish", false));
        bad.put("noPublishReason ", with(good, "consentPublish", false, "noPublishReason", " "));
        bad.put("cosignerMemberIds", with(good, "proposerType", "JOINT", "cosignerMemberIds", List.of(999_999_999L)));
        bad.put("cosignerMemberIds ", with(good, "proposerType", "JOINT", "cosignerMemberIds", List.of(self)));
        bad.put("cosignerMemberIds  ", with(good, "cosignerMemberIds", List.of(memberId(jdbc, "wy006"))));
        bad.put("suggestedUnitIds", with(good, "suggestedUnitIds", List.of(999_999_999L)));
        Map<String, Object> collective = collectiveForm(title("关于发展银发经济的建议"));
        bad.put("bodyKind", without(collective, "bodyKind", "bodyName", "contactPerson", "contactPhone"));
        bad.put("bodyKind ", with(collective, "bodyKind", "CLUB"));
        bad.put("bodyName", without(collective, "bodyName"));
        bad.put("contactPerson", with(collective, "contactPerson", ""));
        bad.put("contactPhone", without(collective, "contactPhone"));
        bad.put("contactPhone ", with(collective, "contactPhone", "电话号码"));
        bad.put("title   ", with(good, "title", SCRIPT));
        bad.put("situation ", with(good, "situation", "情况如下：" + SCRIPT));
        bad.put("suggestions ", with(good, "suggestions", "<img src=x onerror=alert(1)>"));
        bad.put("bodyName ", with(collective, "bodyName", "<b>某党派</b>"));
        List<Long> before = totals();

        bad.forEach((field, form) -> assertInvalid(member.post("/api/proposals", form), field.strip()));

        assertThat(totals()).isEqualTo(before);
        // The limits themselves are allowed.
        long longest = createDraft(member, with(good, "title", title("案".repeat(50)), "situation", "情".repeat(3000)));
        assertThat(member.get("/api/proposals/" + longest)
                        .expectStatus(200)
                        .json()
                        .get("title")
                        .asString())
                .hasSize(50);
    }

    @Test
    void aDraftIsNotChangedByABadEditAndAJointProposalNeedsACosignerToBeSubmitted() {
        ApiClient member = loginAs("wy006");
        String title = title("关于建设全民健身中心的建议");
        long id = createDraft(member, form(title, "JOINT", List.of()));
        Snapshot before = snapshot(id);

        assertInvalid(
                member.put("/api/proposals/" + id, with(form(title, "JOINT", List.of()), "title", "案".repeat(51))),
                "title");
        assertInvalid(
                member.put("/api/proposals/" + id, form(title, "JOINT", List.of(memberId(jdbc, "wy006")))),
                "cosignerMemberIds");
        assertInvalid(
                member.put("/api/proposals/" + id, with(form(title, "JOINT", List.of()), "situation", SCRIPT)),
                "situation");
        assertInvalid(member.post("/api/proposals/" + id + "/submit", null), "cosignerMemberIds");

        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(state(jdbc, id)).isEqualTo("DRAFT");
    }

    @Test
    void sqlLookingTextIsStoredAndReturnedVerbatim() {
        ApiClient member = loginAs("wy007");
        ApiClient office = loginAs("tab01");
        String title = title("'; DROP TABLE proposal; --");
        String situation = "Robert'); DELETE FROM proposal_history WHERE '1'='1; -- 以及 \"双引号\" 和 \\反斜杠\\ 与 100%_通配";
        Map<String, Object> form = with(
                individualForm(title),
                "situation",
                situation,
                "analysis",
                "1 OR 1=1; /* 注释 */",
                "suggestions",
                "' UNION SELECT password_hash FROM app_account --");
        long historyBefore = count("proposal_history");

        JsonNode created = member.post("/api/proposals", form).expectStatus(201).json();

        long id = created.get("id").asLong();
        assertThat(created.get("title").asString()).isEqualTo(title);
        assertThat(created.get("situation").asString()).isEqualTo(situation);
        assertThat(jdbc.queryForObject("SELECT title FROM proposal WHERE id = ?", String.class, id))
                .isEqualTo(title);
        assertThat(jdbc.queryForObject("SELECT situation FROM proposal WHERE id = ?", String.class, id))
                .isEqualTo(situation);
        assertThat(jdbc.queryForObject("SELECT suggestions FROM proposal WHERE id = ?", String.class, id))
                .isEqualTo("' UNION SELECT password_hash FROM app_account --");
        member.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        JsonNode seenByOffice =
                office.get("/api/proposals/" + id).expectStatus(200).json();
        assertThat(seenByOffice.get("title").asString()).isEqualTo(title);
        assertThat(seenByOffice.get("analysis").asString()).isEqualTo("1 OR 1=1; /* 注释 */");
        // Searching with the same text finds it, and only it; the tables are all still there.
        JsonNode found = office.get(
                        "/api/proposals?size=100&keyword=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                .expectStatus(200)
                .json();
        assertThat(found.get("items")
                        .valueStream()
                        .map(p -> p.get("id").asLong())
                        .toList())
                .containsExactly(id);
        JsonNode wildcard = office.get(
                        "/api/proposals?size=100&keyword=" + URLEncoder.encode("100%_通配", StandardCharsets.UTF_8))
                .expectStatus(200)
                .json();
        assertThat(wildcard.get("items")
                        .valueStream()
                        .map(p -> p.get("id").asLong())
                        .toList())
                .containsExactly(id);
        assertThat(count("proposal")).isPositive();
        assertThat(count("proposal_history")).isEqualTo(historyBefore + 2);
        assertThat(count("app_account")).isPositive();
    }

    @Test
    void badReviewDecisionsAreRefusedAndTheProposalStaysUnderReview() {
        ApiClient office = loginAs("tab02");
        ApiClient member = loginAs("wy008");
        long id = underReview(member, title("关于加强网络直播营销监管的建议"));
        long otherUnderReview = underReview(member, title("关于规范网络直播打赏的建议"));
        long refused = underReview(member, title("关于直播带货税收征管的建议"));
        office.post("/api/proposals/" + refused + "/review", Map.of("outcome", "REFUSE", "refusalReason", "DUPLICATE"))
                .expectStatus(200);
        long otherSession = registered(member, office, title("关于直播基地建设的建议"));
        ProposalFixtures.moveToSession(jdbc, ProposalFixtures.newSession(jdbc), otherSession);
        String path = "/api/proposals/" + id + "/review";
        Snapshot before = snapshot(id);
        Integer counter = jdbc.queryForList("SELECT last_number FROM proposal_number_counter", Integer.class).stream()
                .reduce(0, Integer::sum);

        assertInvalid(office.post(path, Map.of("outcome", "BAR")), "outcome");
        assertInvalid(office.post(path, Map.of("comment", "没有结论")), "outcome");
        assertInvalid(office.post(path, Map.of("outcome", "REFUSE")), "refusalReason");
        assertInvalid(
                office.post(path, Map.of("outcome", "REFUSE", "refusalReason", "NO_SUCH_REASON")), "refusalReason");
        assertInvalid(office.post(path, Map.of("outcome", "CONVERT")), "convertTo");
        assertInvalid(office.post(path, Map.of("outcome", "CONVERT", "convertTo", "NEWSPAPER")), "convertTo");
        assertInvalid(office.post(path, Map.of("outcome", "MERGE")), "mergeIntoId");
        assertInvalid(office.post(path, Map.of("outcome", "MERGE", "mergeIntoId", id)), "mergeIntoId");
        assertInvalid(office.post(path, Map.of("outcome", "MERGE", "mergeIntoId", otherUnderReview)), "mergeIntoId");
        assertInvalid(office.post(path, Map.of("outcome", "MERGE", "mergeIntoId", refused)), "mergeIntoId");
        assertInvalid(office.post(path, Map.of("outcome", "MERGE", "mergeIntoId", otherSession)), "mergeIntoId");
        assertInvalid(office.post(path, Map.of("outcome", "MERGE", "mergeIntoId", 999_999_999L)), "mergeIntoId");
        assertInvalid(office.post(path, Map.of("outcome", "RETURN")), "comment");
        assertInvalid(office.post(path, Map.of("outcome", "RETURN", "comment", "   ")), "comment");
        assertInvalid(office.post(path, Map.of("outcome", "RETURN", "comment", SCRIPT)), "comment");
        assertInvalid(office.post(path, Map.of("outcome", "REGISTER", "comment", "意".repeat(1001))), "comment");

        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(jdbc.queryForList("SELECT last_number FROM proposal_number_counter", Integer.class).stream()
                        .reduce(0, Integer::sum))
                .isEqualTo(counter);
        assertThat(snapshot(otherUnderReview).proposal().get("state")).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void badAssignmentPlansAreRefusedAndNoAssignmentIsWritten() {
        ApiClient office = loginAs("tab01");
        long id = registered(loginAs("wy009"), office, title("关于推动制造业数字化转型的建议"));
        long fgj = unitId(jdbc, "FGJ");
        long jyj = unitId(jdbc, "JYJ");
        String path = "/api/proposals/" + id + "/assign";
        Snapshot before = snapshot(id);

        assertInvalid(office.post(path, Map.of("leadUnitId", fgj)), "mode");
        assertInvalid(office.post(path, Map.of("mode", "BOTH", "leadUnitId", fgj)), "mode");
        assertInvalid(office.post(path, leadPlan(999_999_999L)), "leadUnitId");
        assertInvalid(office.post(path, without(leadPlan(fgj, jyj), "leadUnitId")), "leadUnitId");
        assertInvalid(office.post(path, leadPlan(fgj, jyj, 999_999_999L)), "assistingUnitIds");
        assertInvalid(office.post(path, leadPlan(fgj, jyj, fgj)), "assistingUnitIds");
        assertInvalid(office.post(path, splitPlan(fgj)), "splitUnitIds");
        assertInvalid(office.post(path, splitPlan(fgj, fgj)), "splitUnitIds");
        assertInvalid(office.post(path, splitPlan()), "splitUnitIds");
        assertInvalid(office.post(path, splitPlan(fgj, 999_999_999L)), "splitUnitIds");
        assertInvalid(office.post(path, with(leadPlan(fgj), "comment", SCRIPT)), "comment");

        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(snapshot(id).assignments()).isEmpty();
    }

    @Test
    void badReturnRequestsAndDecisionsAreRefusedAndTheRequestStillWaits() {
        ApiClient office = loginAs("tab02");
        ApiClient jyj = loginAs("jyj");
        JsonNode assigned = assigned(
                loginAs("wy010"), office, title("关于推进职业教育产教融合的建议"), leadPlan(unitId(jdbc, "FGJ"), unitId(jdbc, "JYJ")));
        long id = assigned.get("id").asLong();
        long assignment = assignmentOf(assigned, "区教育局");
        String request = "/api/proposals/assignments/" + assignment + "/return-request";
        Snapshot awaiting = snapshot(id);

        assertInvalid(jyj.post(request, Map.of("reason", " ")), "reason");
        assertInvalid(jyj.post(request, Map.of()), "reason");
        assertInvalid(jyj.post(request, Map.of("reason", SCRIPT)), "reason");
        assertInvalid(jyj.post(request, Map.of("reason", "理".repeat(1001))), "reason");
        assertThat(snapshot(id)).isEqualTo(awaiting);

        jyj.post(request, Map.of("reason", "职业教育归人社局")).expectStatus(204);
        String decision = "/api/proposals/assignments/" + assignment + "/return-decision";
        Snapshot requested = snapshot(id);

        assertInvalid(office.post(decision, Map.of("newUnitId", unitId(jdbc, "ZJJ"))), "approve");
        assertInvalid(office.post(decision, Map.of("approve", true)), "newUnitId");
        assertInvalid(office.post(decision, Map.of("approve", true, "newUnitId", unitId(jdbc, "FGJ"))), "newUnitId");
        assertInvalid(office.post(decision, Map.of("approve", true, "newUnitId", unitId(jdbc, "JYJ"))), "newUnitId");
        assertInvalid(office.post(decision, Map.of("approve", true, "newUnitId", 999_999_999L)), "newUnitId");
        assertInvalid(office.post(decision, Map.of("approve", false)), "comment");
        assertInvalid(office.post(decision, Map.of("approve", false, "comment", SCRIPT)), "comment");

        assertThat(snapshot(id)).isEqualTo(requested);
        assertThat(requested.assignments()).extracting(a -> a.get("status")).contains("RETURN_REQUESTED");
    }

    private long storedFiles() {
        Path folder = Path.of(dataDir, "files", "proposal");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertNothingStored(long proposalId, Consumer<Long> upload) {
        Snapshot before = snapshot(proposalId);
        long files = storedFiles();
        upload.accept(proposalId);
        assertThat(snapshot(proposalId)).isEqualTo(before);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void attachmentsMustBeDocumentsOrPicturesWhoseBytesMatchTheirName() {
        ApiClient member = loginAs("wy003");
        long id = createDraft(member, individualForm(title("关于加快充电桩进小区的建议")));
        String path = "/api/proposals/" + id + "/attachments";

        assertNothingStored(id, p -> {
            assertInvalid(
                    member.upload(path, "setup.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0}), "file");
            assertInvalid(
                    member.upload(
                            path, "photo.png", "image/png", "not a png at all".getBytes(StandardCharsets.US_ASCII)),
                    "file");
            assertInvalid(member.upload(path, "report.pdf", "application/pdf", PNG), "file");
            assertInvalid(
                    member.upload(
                            path, "noextension", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
                    "file");
            assertInvalid(member.upload(path, "empty.pdf", "application/pdf", new byte[0]), "file");
        });
        assertNothingStored(id, p -> {
            byte[] big = new byte[10 * 1024 * 1024 + 1];
            System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
            Response tooBig = member.upload(path, "big.pdf", "application/pdf", big);
            assertThat(tooBig.status()).as(tooBig.body()).isBetween(400, 499);
            assertThat(tooBig.fields()).contains("file");
        });
    }

    @Test
    void atMostTenAttachmentsOnlyOnOnesOwnDraft() {
        ApiClient member = loginAs("wy004");
        ApiClient other = loginAs("wy002");
        long id = createDraft(member, individualForm(title("关于推进老旧管网改造的建议")));
        String path = "/api/proposals/" + id + "/attachments";
        for (int i = 1; i <= 10; i++) {
            member.upload(
                            path,
                            "附件" + i + ".pdf",
                            "application/pdf",
                            ("%PDF-1.4 " + i).getBytes(StandardCharsets.UTF_8))
                    .expectStatus(201);
        }

        assertNothingStored(id, p -> {
            assertInvalid(
                    member.upload(path, "附件11.pdf", "application/pdf", "%PDF-1.4 11".getBytes(StandardCharsets.UTF_8)),
                    "file");
            Response notTheirs =
                    other.upload(path, "他人.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
            assertThat(notTheirs.status()).isEqualTo(404);
            assertThat(notTheirs.code()).isEqualTo("NOT_FOUND");
        });
        long attachment =
                jdbc.queryForObject("SELECT MIN(id) FROM proposal_attachment WHERE proposal_id = ?", Long.class, id);
        assertNothingStored(id, p -> other.delete(path + "/" + attachment).expectStatus(404));

        member.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        assertNothingStored(id, p -> {
            Response late =
                    member.upload(path, "补充.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
            assertThat(late.status()).as(late.body()).isEqualTo(409);
            assertThat(chinese(late.detail())).isTrue();
            member.delete(path + "/" + attachment).expectStatus(409);
        });
    }

    @Test
    void downloadsReturnTheSameBytesAsAnAttachmentWithTheStoredContentType() {
        ApiClient member = loginAs("wy001");
        ApiClient office = loginAs("tab02");
        long id = createDraft(member, individualForm(title("关于建设城市书房的建议")));
        byte[] picture = PNG.clone();
        JsonNode uploaded = member.upload(
                        "/api/proposals/" + id + "/attachments", "现场照片.png", "application/octet-stream", picture)
                .expectStatus(201)
                .json();
        long attachment = uploaded.get("id").asLong();
        assertThat(uploaded.get("contentType").asString()).isEqualTo("image/png");
        assertThat(uploaded.get("sizeBytes").asLong()).isEqualTo(picture.length);
        assertThat(uploaded.get("storageKey")).isNull();
        String download = "/api/proposals/" + id + "/attachments/" + attachment;

        Download own = member.download(download);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(picture);
        assertThat(office.download(download).status())
                .as("office before submission")
                .isEqualTo(404);

        member.post("/api/proposals/" + id + "/submit", null).expectStatus(200);
        for (ApiClient viewer : List.of(member, office)) {
            Download file = viewer.download(download);
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(picture);
            assertThat(file.header("Content-Type")).isEqualTo("image/png");
            assertThat(file.header("Content-Disposition"))
                    .startsWith("attachment;")
                    .contains("filename*=UTF-8''" + URLEncoder.encode("现场照片.png", StandardCharsets.UTF_8));
            assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        assertThat(loginAs("wy002").download(download).status()).isEqualTo(404);
        assertThat(member.download("/api/proposals/" + id + "/attachments/999999999")
                        .status())
                .isEqualTo(404);
    }
}
