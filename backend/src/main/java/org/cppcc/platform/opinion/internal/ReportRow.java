package org.cppcc.platform.opinion.internal;

import java.time.LocalDateTime;

import org.cppcc.platform.opinion.OpinionCategory;
import org.cppcc.platform.opinion.OpinionSource;
import org.cppcc.platform.opinion.OpinionState;

/** A row of opinion_report. */
public class ReportRow {
    public Long id;
    public String title;
    public OpinionCategory category;
    public String content;
    public String originalTitle;
    public String originalContent;
    public boolean edited;
    public OpinionState state;
    public OpinionSource source;
    public Long sourceId;
    public String sourceLabel;
    public Long createdBy;
    public LocalDateTime createdAt;
    public LocalDateTime submittedAt;
    public LocalDateTime decidedAt;
    public String decisionComment;
    public int sentCount;
    public int instructionCount;
    public int useCount;
    public LocalDateTime updatedAt;
}
