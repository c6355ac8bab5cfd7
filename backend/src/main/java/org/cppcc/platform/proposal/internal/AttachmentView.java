package org.cppcc.platform.proposal.internal;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

public record AttachmentView(
        long id,
        long proposalId,
        String fileName,
        String contentType,
        long sizeBytes,
        @JsonIgnore String storageKey,
        LocalDateTime uploadedAt) {}
