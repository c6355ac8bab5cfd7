package org.cppcc.platform.supervision.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A site visit or look-back review, with its photos. */
public class VisitRow {
    public Long id;
    public long proposalId;
    public String kind;
    public LocalDate visitDate;
    public String place;
    public String participants;
    public String notes;
    public long recordedBy;
    public String recorderName;
    public LocalDateTime createdAt;
    public List<VisitPhotoRow> photos = new ArrayList<>();
}
