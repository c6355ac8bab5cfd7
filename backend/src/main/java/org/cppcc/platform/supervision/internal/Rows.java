package org.cppcc.platform.supervision.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Rows of the supervision tables, as read and written by {@link SupervisionStore} and shown by the API. */
public final class Rows {

    private Rows() {}

    public static class KeyProposal {
        public long proposalId;
        public String status;
        public String shortlistReason;
        public Long shortlistedBy;
        public LocalDateTime shortlistedAt;
        public String meetingName;
        public LocalDate approvedOn;
        public Long approvedBy;
        public LocalDateTime approvedAt;
        public Long leadLeaderId;
        public String leadLeaderName;
        public LocalDate replyDueDate;
        public LocalDateTime concludedAt;
        public String conclusion;
    }

    public static class Instruction {
        public Long id;
        public long proposalId;
        public long leaderAccountId;
        public String leaderName;
        public String content;
        public LocalDateTime createdAt;
        public List<Ack> acks = new ArrayList<>();
    }

    public static class Ack {
        public long instructionId;
        public Long proposalId;
        public String proposalTitle;
        public long unitId;
        public String unitName;
        public Long acknowledgedBy;
        public LocalDateTime acknowledgedAt;
        public String note;
    }

    public static class Chase {
        public Long id;
        public long proposalId;
        public Long unitId;
        public String unitName;
        public String message;
        public long chasedBy;
        public String chaserName;
        public LocalDateTime createdAt;
    }

    public static class Visit {
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
        public List<Photo> photos = new ArrayList<>();
    }

    public static class Photo {
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

    public static class Reminder {
        public Long id;
        public String itemKey;
        public String kind;
        public int level;
        public String deadlineKind;
        public long proposalId;
        public Long assignmentId;
        public Long unitId;
        public LocalDate dueDate;
        public int recipients;
        public String sentByNode;
        public LocalDateTime sentAt;
    }
}
