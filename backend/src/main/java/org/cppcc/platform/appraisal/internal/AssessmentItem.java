package org.cppcc.platform.appraisal.internal;

import java.math.BigDecimal;

import org.cppcc.platform.proposal.ProposalFigures.Figure;
import org.cppcc.platform.proposal.ProposalFigures.UnitCounts;

/**
 * The items a year's scoring rules may weigh, each a rate of a unit's counts (earned: points × rate) or, for a
 * deduction, points per case up to a cap. Each side of the rate opens as a statistics drill-down list (the
 * evidence). Countersign on time is not an item: the unit counts hold no countersign
 * deadlines (docs/domain.md).
 */
enum AssessmentItem {
    SIGNED_ON_TIME("按时签收", false, Figure.SIGNED_ON_TIME, Figure.ASSIGNED, new BigDecimal("15")),
    CONTACTED_ON_TIME("答复前按时沟通", false, Figure.CONTACTED_ON_TIME, Figure.ASSIGNED, new BigDecimal("15")),
    REPLIED_ON_TIME("按时答复", false, Figure.REPLIED_ON_TIME, Figure.ASSIGNED, new BigDecimal("30")),
    SATISFACTION("委员满意", false, Figure.SATISFIED, Figure.EVALUATED, new BigDecimal("40")),
    REHANDLED("重新办理（扣分）", true, Figure.REHANDLED, Figure.ASSIGNED, new BigDecimal("5"));

    private final String label;
    private final boolean deduction;
    private final Figure counted;
    private final Figure over;
    private final BigDecimal defaultPoints;

    AssessmentItem(String label, boolean deduction, Figure counted, Figure over, BigDecimal defaultPoints) {
        this.label = label;
        this.deduction = deduction;
        this.counted = counted;
        this.over = over;
        this.defaultPoints = defaultPoints;
    }

    String label() {
        return label;
    }

    boolean deduction() {
        return deduction;
    }

    /** The drill-down figure listing the proposals the numerator counts. */
    Figure counted() {
        return counted;
    }

    /** The drill-down figure listing the proposals the rate is taken over. */
    Figure over() {
        return over;
    }

    BigDecimal defaultPoints() {
        return defaultPoints;
    }

    /** The cases that earn the item (or, for a deduction, that cost points). */
    long numerator(UnitCounts c) {
        return switch (this) {
            case SIGNED_ON_TIME -> c.signedOnTime();
            case CONTACTED_ON_TIME -> c.contactedOnTime();
            case REPLIED_ON_TIME -> c.repliedOnTime();
            case SATISFACTION -> c.satisfied();
            case REHANDLED -> c.rehandled();
        };
    }

    /** What the rate is taken over: the parts assigned, or for satisfaction the parts evaluated. */
    long denominator(UnitCounts c) {
        return switch (this) {
            case SATISFACTION -> c.evaluated();
            default -> c.assigned();
        };
    }
}
