package org.cppcc.platform.shared.photo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.cppcc.platform.shared.error.ApiException;

/**
 * Checks an uploaded photo before anything is stored: its size, its first bytes (JPEG or PNG only), its
 * dimensions as the header states them (read before decoding, so that a small file claiming a huge
 * picture is refused without being decoded), and a full decode with ImageIO. What is kept is the decoded
 * picture encoded again, which drops whatever else the file carried: EXIF data such as the place a photo
 * was taken, comments, trailing bytes. Every module that takes photos goes through here.
 */
public class PhotoCheck {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final PhotoLimits limits;

    public PhotoCheck(PhotoLimits limits) {
        this.limits = limits;
    }

    /** The checked photo, or a 400 naming {@code field} with what is wrong with it. */
    public CheckedPhoto check(byte[] bytes, String field) {
        if (bytes == null || bytes.length == 0) {
            throw ApiException.invalid(field, "照片文件为空");
        }
        if (bytes.length > limits.maxBytes()) {
            throw ApiException.invalid(field, "每张照片不能超过" + (limits.maxBytes() / 1024 / 1024) + "MB");
        }
        String format;
        if (startsWith(bytes, JPEG)) {
            format = "jpeg";
        } else if (startsWith(bytes, PNG)) {
            format = "png";
        } else {
            throw ApiException.invalid(field, "只能上传JPG或PNG格式的照片");
        }
        BufferedImage image = decode(bytes, format, field);
        byte[] encoded = encode(image, format, field);
        return new CheckedPhoto(
                format.equals("jpeg") ? "image/jpeg" : "image/png", encoded, image.getWidth(), image.getHeight());
    }

    private BufferedImage decode(byte[] bytes, String format, String field) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (input == null || !readers.hasNext()) {
                throw ApiException.invalid(field, "照片内容无法识别");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw ApiException.invalid(field, "照片内容无法识别");
                }
                if (width > limits.maxWidth()
                        || height > limits.maxHeight()
                        || (long) width * height > limits.maxPixels()) {
                    throw ApiException.invalid(
                            field, "照片尺寸过大，长宽不能超过" + limits.maxWidth() + "×" + limits.maxHeight() + "像素");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw ApiException.invalid(field, "照片内容无法识别");
                }
                return toRgb(image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.invalid(field, "照片已损坏或不是有效的图片");
        }
    }

    /** Pictures with an unusual colour model (palette, 16-bit, grey with alpha) are drawn onto plain RGB(A). */
    private static BufferedImage toRgb(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB
                || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_INT_ARGB
                || type == BufferedImage.TYPE_4BYTE_ABGR
                || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage copy = new BufferedImage(
                image.getWidth(), image.getHeight(), alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        copy.createGraphics().drawImage(image, 0, 0, null);
        return copy;
    }

    private static byte[] encode(BufferedImage image, String format, String field) {
        BufferedImage source = image;
        if (format.equals("jpeg") && image.getColorModel().hasAlpha()) {
            source = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            source.createGraphics().drawImage(image, 0, 0, Color.WHITE, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(source, format, out)) {
                throw ApiException.invalid(field, "照片内容无法识别");
            }
        } catch (IOException e) {
            throw ApiException.invalid(field, "照片内容无法识别");
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(Arrays.copyOf(bytes, magic.length), magic);
    }
}
