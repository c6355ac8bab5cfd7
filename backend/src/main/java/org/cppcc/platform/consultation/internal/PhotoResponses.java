package org.cppcc.platform.consultation.internal;

import java.util.concurrent.TimeUnit;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored photo as the browser gets it: its checked type, never sniffed, cached privately. */
final class PhotoResponses {

    private PhotoResponses() {}

    static ResponseEntity<InputStreamResource> of(PhotoRow photo, MatterPhotos photos) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType))
                .contentLength(photo.sizeBytes)
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(photos.open(photo)));
    }
}
