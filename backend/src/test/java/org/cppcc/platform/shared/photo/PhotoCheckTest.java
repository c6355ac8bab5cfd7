package org.cppcc.platform.shared.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

import org.cppcc.platform.shared.error.ApiException;
import org.junit.jupiter.api.Test;

/** The one photo check every module uses: what it refuses and what it keeps of a photo. */
class PhotoCheckTest {

    private final PhotoCheck check = new PhotoCheck(new PhotoLimits(1024 * 1024, 2000, 2000, 3_000_000));

    @Test
    void aJpegLosesItsExifSegmentAndKeepsItsPicture() throws IOException {
        byte[] plain = image(64, 48, "jpg");
        byte[] withExif = withApp1(plain, "Exif\0\0GPSLatitude=31.2304N;GPSLongitude=121.4737E");
        assertThat(contains(withExif, "GPSLatitude")).isTrue();

        CheckedPhoto checked = check.check(withExif, "photos");

        assertThat(checked.contentType()).isEqualTo("image/jpeg");
        assertThat(contains(checked.content(), "GPSLatitude")).isFalse();
        assertThat(contains(checked.content(), "Exif")).isFalse();
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(checked.content()));
        assertThat(stored.getWidth()).isEqualTo(64);
        assertThat(stored.getHeight()).isEqualTo(48);
        assertThat(checked.width()).isEqualTo(64);
    }

    @Test
    void trailingBytesAfterAPngAreDropped() throws IOException {
        byte[] png = image(20, 10, "png");
        byte[] withPayload = concat(png, "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII));

        CheckedPhoto checked = check.check(withPayload, "file");

        assertThat(checked.contentType()).isEqualTo("image/png");
        assertThat(contains(checked.content(), "<?php")).isFalse();
    }

    @Test
    void refusesWhatIsNotAPictureOrTooLarge() throws IOException {
        assertThatThrownBy(() -> check.check("not an image".getBytes(StandardCharsets.UTF_8), "file"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("JPG或PNG");
        assertThatThrownBy(() -> check.check(new byte[0], "file")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> check.check(image(2100, 10, "png"), "file"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("尺寸过大");
        assertThatThrownBy(() -> check.check(new byte[1024 * 1024 + 1], "file"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("1MB");
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(width / 4, height / 4, width / 2, height / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 segment (where cameras write EXIF) right after its start marker. */
    private static byte[] withApp1(byte[] jpeg, String payload) {
        byte[] data = payload.getBytes(StandardCharsets.ISO_8859_1);
        int length = data.length + 2;
        byte[] segment = new byte[4 + data.length];
        segment[0] = (byte) 0xFF;
        segment[1] = (byte) 0xE1;
        segment[2] = (byte) (length >> 8);
        segment[3] = (byte) length;
        System.arraycopy(data, 0, segment, 4, data.length);
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(segment, 0, out, 2, segment.length);
        System.arraycopy(jpeg, 2, out, 2 + segment.length, jpeg.length - 2);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
