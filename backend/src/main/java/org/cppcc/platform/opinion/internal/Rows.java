package org.cppcc.platform.opinion.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.cppcc.platform.opinion.OpinionState;

/** The other rows of the module's tables, as the screens read them. */
final class Rows {

    private Rows() {}

    /** An author, lead first (seq 0). */
    record Author(
            long reportId,
            int seq,
            long memberId,
            String memberName,
            Long accountId,
            Long sectorId,
            String sectorName) {}

    /** What happened to an adopted report afterwards. */
    enum FollowUpKind {
        /** 报送 */
        SENT("报送"),
        /** 领导批示 */
        INSTRUCTION("领导批示"),
        /** 采用情况 */
        USE("采用情况");

        private final String label;

        FollowUpKind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    record FollowUp(
            long id,
            long reportId,
            FollowUpKind kind,
            String party,
            LocalDate happenedOn,
            String text,
            String recorderName,
            LocalDateTime recordedAt) {

        @JsonProperty
        public String kindLabel() {
            return kind.label();
        }
    }

    record History(
            long id,
            Long actorAccountId,
            String actorName,
            String actorRole,
            String action,
            OpinionState fromState,
            OpinionState toState,
            String comment,
            LocalDateTime createdAt) {}
}
