package org.cppcc.platform.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

import org.cppcc.platform.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The public site's abuse protection: rate limits per phone and per client address counted in the
 * database (so every node sees the same counts), and the photo check (format by first bytes, size,
 * dimensions read before decoding, a full decode; what is stored is re-encoded).
 */
class ConsultationAbuseTest extends ConsultationTestBase {

    private static final String RAISE = "/api/public/consultation/matters";

    @Test
    void onePhoneRaisesAtMostFiveMattersADayFromAnyAddress() {
        String phone = newPhone();
        long qingshi = workstationId(QINGSHI);
        for (int i = 0; i < 5; i++) {
            visitor().post(RAISE, matterForm(qingshi, "限流校验" + i, phone)).expectStatus(201);
        }
        ApiClient.Response limited =
                visitor().post(RAISE, matterForm(qingshi, "第六次", phone)).expectStatus(429);
        assertThat(limited.code()).isEqualTo("RATE_LIMITED");
        assertThat(limited.detail()).isEqualTo("操作过于频繁，请稍后再试");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM consultation_matter WHERE contact_phone = ?", Long.class, phone))
                .isEqualTo(5);
        // The counters are in the database, keyed by hashes: no phone number is kept there.
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM consultation_rate_bucket WHERE bucket_key LIKE ?",
                        Long.class,
                        "%" + phone + "%"))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT MAX(hits) FROM consultation_rate_bucket WHERE bucket_key LIKE 'raise-phone:%'",
                        Integer.class))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void oneAddressRaisesAtMostTwentyMattersAnHour() {
        SiteClient site = visitor();
        long qingshi = workstationId(QINGSHI);
        for (int i = 0; i < 20; i++) {
            site.post(RAISE, matterForm(qingshi, "地址限流" + i, newPhone())).expectStatus(201);
        }
        site.post(RAISE, matterForm(qingshi, "地址限流超出", newPhone())).expectStatus(429);
        visitor().post(RAISE, matterForm(qingshi, "另一个地址", newPhone())).expectStatus(201);
    }

    @Test
    void guessingTrackingCodesRunsIntoTheLimit() {
        String phone = newPhone();
        JsonNode raised = raise(QINGSHI, "跟踪码猜测", phone);
        SiteClient guesser = visitor();
        for (int i = 0; i < 30; i++) {
            guesser.post("/api/public/consultation/track", Map.of("code", "GUESS" + (10000 + i), "phone", phone))
                    .expectStatus(404);
        }
        guesser.post(
                        "/api/public/consultation/track",
                        Map.of("code", raised.get("trackingCode").asString(), "phone", phone))
                .expectStatus(429);
        visitor()
                .post(
                        "/api/public/consultation/track",
                        Map.of("code", raised.get("trackingCode").asString(), "phone", phone))
                .expectStatus(200);
    }

    /**
     * Behind the trusted proxy (this host) the client is the right-most X-Forwarded-For hop the proxy appended;
     * the entries before it are the client's own writing, and changing them on every request changes nothing.
     */
    @Test
    void aSpoofedLeftMostForwardedForEntryDoesNotEscapeTheAddressLimit() {
        String phone = newPhone();
        String realAddress = visitor().address();
        for (int i = 0; i < 30; i++) {
            SiteClient spoofing = new SiteClient("http://localhost:" + port, "198.51.100." + i + ", " + realAddress);
            spoofing.post("/api/public/consultation/track", Map.of("code", "SPOOF" + (10000 + i), "phone", phone))
                    .expectStatus(404);
        }
        ApiClient.Response limited = new SiteClient("http://localhost:" + port, "198.51.100.250, " + realAddress)
                .post("/api/public/consultation/track", Map.of("code", "SPOOF99999", "phone", phone))
                .expectStatus(429);
        assertThat(limited.code()).isEqualTo("RATE_LIMITED");
        // Retry-After: the seconds until the fixed one-hour window ends.
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3600L);
    }

    @Test
    void evaluationsFromOneAddressAreLimited() {
        long hidden = raisedMatter(QINGSHI, "评价限流");
        SiteClient site = visitor();
        for (int i = 0; i < 30; i++) {
            site.post(
                            "/api/public/consultation/matters/" + hidden + "/evaluations",
                            Map.of("phone", newPhone(), "satisfaction", "SATISFIED"))
                    .expectStatus(404);
        }
        site.post(
                        "/api/public/consultation/matters/" + hidden + "/evaluations",
                        Map.of("phone", newPhone(), "satisfaction", "SATISFIED"))
                .expectStatus(429);
    }

    @Test
    void anEmptyPhotoIsRefusedNotSilentlyDropped() {
        long before = count("consultation_matter");
        ApiClient.Response refused = raiseWith(
                        List.of(new SiteClient.FilePart("photos", "空.jpg", "image/jpeg", new byte[0])))
                .expectStatus(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.fields()).containsExactly("photos");
        assertThat(count("consultation_matter")).isEqualTo(before);
    }

    private ApiClient.Response raiseWith(List<SiteClient.FilePart> photos) {
        return visitor().postMultipart(RAISE, "matter", matterForm(workstationId(QINGSHI), "照片校验", newPhone()), photos);
    }

    private static SiteClient.FilePart part(String name, byte[] content) {
        return new SiteClient.FilePart("photos", name, "image/jpeg", content);
    }

    @Test
    void onlyRealPicturesOfReasonableSizeAreAccepted() {
        long matters = count("consultation_matter");
        long photos = count("consultation_photo");
        List<SiteClient.FilePart> refusedUploads = List.of(
                part("note.jpg", "这不是图片".getBytes(StandardCharsets.UTF_8)),
                part("fake.png", concat(Arrays.copyOf(png(10, 10), 16), new byte[2000])),
                part("gif.gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII)),
                part("wide.png", png(7000, 10)),
                part("bomb.png", claimingSize(png(8, 8), 20_000, 20_000)),
                part(
                        "huge.jpg",
                        concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, new byte[5 * 1024 * 1024 + 10])));
        List<String> messages = new ArrayList<>();
        for (SiteClient.FilePart upload : refusedUploads) {
            ApiClient.Response response = raiseWith(List.of(upload)).expectStatus(400);
            assertThat(response.fields()).containsExactly("photos");
            messages.add(response.detail());
        }
        assertThat(messages)
                .containsExactly(
                        "只能上传JPG或PNG格式的照片",
                        "照片已损坏或不是有效的图片",
                        "只能上传JPG或PNG格式的照片",
                        "照片尺寸过大，长宽不能超过6000×6000像素",
                        "照片尺寸过大，长宽不能超过6000×6000像素",
                        "每张照片不能超过5MB");
        List<SiteClient.FilePart> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(part("p" + i + ".jpg", jpeg(40, 30)));
        }
        assertThat(raiseWith(seven).expectStatus(400).detail()).isEqualTo("照片不能超过6张");
        assertThat(count("consultation_matter")).isEqualTo(matters);
        assertThat(count("consultation_photo")).isEqualTo(photos);
    }

    @Test
    void aStoredPhotoIsTheDecodedPictureAloneAndShownOnlyOncePublic() throws IOException {
        byte[] withPayload = concat(png(120, 90), "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII));
        JsonNode raised = raiseWith(List.of(new SiteClient.FilePart("photos", "现场.png", "image/png", withPayload)))
                .expectStatus(201)
                .json();
        long id = raised.get("id").asLong();
        JsonNode detail = staff("lly01")
                .get("/api/consultation/matters/" + id)
                .expectStatus(200)
                .json();
        JsonNode photo = detail.get("photos").get(0);
        assertThat(photo.get("width").asInt()).isEqualTo(120);
        long photoId = photo.get("id").asLong();

        assertThat(visitor()
                        .getBytes("/api/public/consultation/photos/" + photoId)
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<byte[]> staffPhoto =
                signedIn("lly01").getBytes(photo.get("url").asString());
        assertThat(staffPhoto.statusCode()).isEqualTo(200);
        assertThat(staffPhoto.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(staffPhoto.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(new String(staffPhoto.body(), StandardCharsets.ISO_8859_1)).doesNotContain("<?php");
        assertThat(ImageIO.read(new ByteArrayInputStream(staffPhoto.body())).getWidth())
                .isEqualTo(120);
        assertThat(signedIn("lly02").getBytes(photo.get("url").asString()).statusCode())
                .isEqualTo(404);

        toDeliberating(id, staff("lly01"));
        HttpResponse<byte[]> publicPhoto = visitor().getBytes("/api/public/consultation/photos/" + photoId);
        assertThat(publicPhoto.statusCode()).isEqualTo(200);
        assertThat(publicPhoto.body()).isEqualTo(staffPhoto.body());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A small PNG whose header claims a huge picture (a decompression bomb's first line), with a valid CRC. */
    private static byte[] claimingSize(byte[] png, int width, int height) {
        byte[] patched = png.clone();
        ByteBuffer.wrap(patched, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(patched, 12, 17);
        ByteBuffer.wrap(patched, 29, 4).putInt((int) crc.getValue());
        return patched;
    }
}
