package org.cppcc.platform.opinion.events;

import org.cppcc.platform.opinion.OpinionSource;

/**
 * A state change of a 社情民意 report (docs/domain.md, "社情民意信息"). Listen to this interface for every change
 * (statistics, the duty record), or to one of its records for one step. Free text (reasons, instructions) is what
 * the authors are told; ids are what a listener looks further things up by.
 */
public sealed interface OpinionReportEvent {

    OpinionFacts facts();

    /**
     * The report reached the office (待审核): submitted by its author, or created from a proposal the office
     * converted or from a matter a workstation triaged ({@code source}, {@code sourceId}; null id for a member's own).
     */
    record Submitted(OpinionFacts facts, OpinionSource source, Long sourceId) implements OpinionReportEvent {}

    /** The office edited the text (编辑加工); the author's original stays kept. */
    record Edited(OpinionFacts facts) implements OpinionReportEvent {}

    /** 采用: the office adopted the report, with its comment. */
    record Adopted(OpinionFacts facts, String comment) implements OpinionReportEvent {}

    /** 不予采用, with the office's reason. */
    record Declined(OpinionFacts facts, String reason) implements OpinionReportEvent {}

    /** 报送: an adopted report sent to {@code recipient} (市政协, 区委办 …) on {@code facts().date()}; may repeat. */
    record SentUpward(OpinionFacts facts, long sendingId, String recipient, String note)
            implements OpinionReportEvent {}

    /** 领导批示: {@code leader} (name and office, as written on the instruction) instructed on it. */
    record Instructed(OpinionFacts facts, long instructionId, String leader, String text)
            implements OpinionReportEvent {}

    /** 采用情况: where the report was used (an official's reference, a policy, a paper …). */
    record Used(OpinionFacts facts, long useId, String usedBy, String description) implements OpinionReportEvent {}
}
