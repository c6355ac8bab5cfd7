package org.cppcc.platform.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.cppcc.platform.consultation.Satisfaction;
import org.junit.jupiter.api.Test;

/** Which ratings count, and when a round's verdict is 不满意. */
class OfficialRatingsTest {

    private final List<EvaluationRow> ratings = new ArrayList<>();

    private OfficialRatingsTest rated(int round, EvaluationRow.EvaluatorKind kind, Satisfaction satisfaction) {
        EvaluationRow row = new EvaluationRow();
        row.roundNo = round;
        row.evaluatorKind = kind;
        row.satisfaction = satisfaction;
        ratings.add(row);
        return this;
    }

    private OfficialRatings round(int round) {
        return OfficialRatings.of(ratings, round);
    }

    @Test
    void unverifiedPublicRatingsAreCountedApartAndNeverDecide() {
        rated(1, EvaluationRow.EvaluatorKind.RAISER, Satisfaction.SATISFIED);
        for (int i = 0; i < 50; i++) {
            rated(1, EvaluationRow.EvaluatorKind.RESIDENT, Satisfaction.UNSATISFIED);
        }
        OfficialRatings round = round(1);
        assertThat(round.official().total()).isEqualTo(1);
        assertThat(round.official().rate()).isEqualTo(100.0);
        assertThat(round.unverified().unsatisfied()).isEqualTo(50);
        assertThat(round.unverified().rate()).isEqualTo(0.0);
        assertThat(round.unsatisfied()).isFalse();
    }

    @Test
    void theRaisersUnsatisfiedRatingMakesTheRoundUnsatisfied() {
        rated(1, EvaluationRow.EvaluatorKind.RAISER, Satisfaction.UNSATISFIED)
                .rated(1, EvaluationRow.EvaluatorKind.MEMBER, Satisfaction.SATISFIED)
                .rated(1, EvaluationRow.EvaluatorKind.MEMBER, Satisfaction.SATISFIED);
        assertThat(round(1).unsatisfied()).isTrue();
        assertThat(round(1).official().rate()).isEqualTo(66.7);
    }

    @Test
    void membersDecideByMajorityWhenTheRaiserHasNotRated() {
        rated(1, EvaluationRow.EvaluatorKind.MEMBER, Satisfaction.UNSATISFIED);
        assertThat(round(1).unsatisfied()).isTrue();
        rated(1, EvaluationRow.EvaluatorKind.MEMBER, Satisfaction.BASICALLY_SATISFIED);
        assertThat(round(1).unsatisfied()).as("one against one").isTrue();
        rated(1, EvaluationRow.EvaluatorKind.MEMBER, Satisfaction.SATISFIED);
        assertThat(round(1).unsatisfied()).isFalse();
    }

    @Test
    void onlyTheGivenRoundCountsAndNoRatingIsNoVerdict() {
        rated(1, EvaluationRow.EvaluatorKind.RAISER, Satisfaction.UNSATISFIED);
        assertThat(round(2).unsatisfied()).isFalse();
        assertThat(round(2).official().total()).isZero();
        assertThat(round(2).official().rate()).isNull();
    }
}
