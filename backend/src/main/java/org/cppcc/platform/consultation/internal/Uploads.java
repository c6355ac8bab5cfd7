package org.cppcc.platform.consultation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.cppcc.platform.consultation.PhotoUpload;
import org.cppcc.platform.shared.error.ApiException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Multipart files as the commands take them. A part with a file name but no content is refused (a photo
 * that failed to upload must not vanish with a 201); a part with neither is a file input left empty.
 */
final class Uploads {

    private Uploads() {}

    static List<PhotoUpload> photos(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        for (MultipartFile f : files) {
            if (f != null
                    && f.isEmpty()
                    && f.getOriginalFilename() != null
                    && !f.getOriginalFilename().isBlank()) {
                throw ApiException.invalid("photos", "照片「" + f.getOriginalFilename() + "」是空文件，请重新选择");
            }
        }
        return files.stream()
                .filter(f -> f != null && !f.isEmpty())
                .map(f -> {
                    try {
                        return new PhotoUpload(f.getOriginalFilename(), f.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}
