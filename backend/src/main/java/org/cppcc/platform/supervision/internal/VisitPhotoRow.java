package org.cppcc.platform.supervision.internal;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A photo of a visit; the file itself is in the file storage under {@code storageKey}. */
public class VisitPhotoRow {
    public Long id;
    public long visitId;
    public String fileName;
    public String contentType;
    public long sizeBytes;

    @JsonIgnore
    public String storageKey;

    public long uploadedBy;
    public LocalDateTime uploadedAt;
}
