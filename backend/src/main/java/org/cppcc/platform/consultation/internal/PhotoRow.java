package org.cppcc.platform.consultation.internal;

import java.time.LocalDateTime;

/** A row of consultation_photo. */
public class PhotoRow {
    public Long id;
    public long matterId;
    public Long progressId;
    public String contentType;
    public long sizeBytes;
    public int width;
    public int height;
    public String storageKey;
    public LocalDateTime uploadedAt;
}
