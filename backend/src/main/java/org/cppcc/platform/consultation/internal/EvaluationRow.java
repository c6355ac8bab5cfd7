package org.cppcc.platform.consultation.internal;

import java.time.LocalDateTime;

import org.cppcc.platform.consultation.Satisfaction;

/** A row of consultation_evaluation, with the member's name for members' ratings. */
public class EvaluationRow {

    public enum EvaluatorKind {
        RAISER,
        RESIDENT,
        MEMBER
    }

    public Long id;
    public long matterId;
    public int roundNo;
    public EvaluatorKind evaluatorKind;
    public String phone;
    public Long memberId;
    public String memberName;
    public Satisfaction satisfaction;
    public String comment;
    public LocalDateTime createdAt;
}
