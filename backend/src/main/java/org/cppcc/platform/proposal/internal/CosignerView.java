package org.cppcc.platform.proposal.internal;

import java.time.LocalDateTime;

import org.cppcc.platform.proposal.CosignerStatus;

public record CosignerView(
        long memberId,
        String name,
        String sectorName,
        Long accountId,
        CosignerStatus status,
        LocalDateTime invitedAt,
        LocalDateTime answeredAt) {}
