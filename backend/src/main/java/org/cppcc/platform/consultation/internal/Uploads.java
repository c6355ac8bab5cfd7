package org.cppcc.platform.consultation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.cppcc.platform.consultation.PhotoUpload;
import org.springframework.web.multipart.MultipartFile;

/** Multipart files as the commands take them. */
final class Uploads {

    private Uploads() {}

    static List<PhotoUpload> photos(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
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
