package org.cppcc.platform.appraisal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.appraisal.internal.AssessmentPolicy.Placed;
import org.cppcc.platform.appraisal.internal.AssessmentPolicy.Rule;
import org.cppcc.platform.appraisal.internal.AssessmentPolicy.UnitScore;
import org.cppcc.platform.proposal.ProposalFigures.UnitCounts;
import org.cppcc.platform.proposal.UnitRole;
import org.junit.jupiter.api.Test;

/** The scoring rules against counts whose scores were worked out by hand (the answers are in the comments). */
class AssessmentPolicyTest {

    /** assigned, signedOnTime, contactedOnTime, repliedOnTime, evaluated, satisfied, rehandled. */
    private static UnitCounts part(
            long unit,
            UnitRole role,
            long assigned,
            long signedOnTime,
            long contactedOnTime,
            long repliedOnTime,
            long evaluated,
            long satisfied,
            long rehandled) {
        return new UnitCounts(
                unit,
                role,
                assigned,
                assigned,
                signedOnTime,
                assigned,
                contactedOnTime,
                assigned,
                repliedOnTime,
                0,
                0,
                0,
                evaluated,
                satisfied,
                rehandled);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theDefaultRulesScoreLeadAndAssistingPartsTogether() {
        // signed 15 x 4/5 = 12; contact 15 x 3/5 = 9; reply 30 x 4/5 = 24; satisfaction 40 x 1/2 = 20; rehandled -5
        UnitScore score = AssessmentPolicy.score(
                1,
                AssessmentPolicy.defaults(),
                List.of(part(1, UnitRole.LEAD, 4, 3, 2, 4, 2, 1, 1), part(1, UnitRole.ASSISTING, 1, 1, 1, 0, 0, 0, 0)),
                null);
        assertThat(score.items())
                .extracting(i -> i.earned())
                .containsExactly(d("12.00"), d("9.00"), d("24.00"), d("20.00"), d("-5.00"));
        assertThat(score.computed()).isEqualByComparingTo("60");
        assertThat(score.total()).isEqualByComparingTo("60");
        assertThat(score.items().get(0).parts()).hasSize(2);
        assertThat(score.items().get(0).numerator()).isEqualTo(4);
        assertThat(score.items().get(0).denominator()).isEqualTo(5);
    }

    @Test
    void nothingToCountEarnsFullPointsAndADeductionStopsAtItsCap() {
        List<Rule> rules = List.of(
                new Rule(AssessmentItem.SATISFACTION, d("40"), null),
                new Rule(AssessmentItem.REPLIED_ON_TIME, d("30"), null),
                new Rule(AssessmentItem.REHANDLED, d("5"), d("20")));
        // no evaluation yet: 40; reply 30 x 1/3 = 10.00; ten re-handlings cost 50, capped at 20
        UnitScore score =
                AssessmentPolicy.score(7, rules, List.of(part(7, UnitRole.LEAD, 3, 3, 3, 1, 0, 0, 10)), d("-2.5"));
        assertThat(score.computed()).isEqualByComparingTo("30");
        assertThat(score.adjustment()).isEqualByComparingTo("-2.5");
        assertThat(score.total()).isEqualByComparingTo("27.5");
    }

    @Test
    void ratesRoundHalfUpToTwoPlaces() {
        // 40 x 1/3 = 13.333.. -> 13.33; 40 x 2/3 = 26.666.. -> 26.67
        List<Rule> rules = List.of(new Rule(AssessmentItem.SATISFACTION, d("40"), null));
        assertThat(AssessmentPolicy.score(1, rules, List.of(part(1, UnitRole.LEAD, 3, 0, 0, 0, 3, 1, 0)), null)
                        .total())
                .isEqualByComparingTo("13.33");
        assertThat(AssessmentPolicy.score(1, rules, List.of(part(1, UnitRole.LEAD, 3, 0, 0, 0, 3, 2, 0)), null)
                        .total())
                .isEqualByComparingTo("26.67");
    }

    @Test
    void equalTotalsShareAPlaceAndUnitsWithNothingAssignedAreNotRanked() {
        List<UnitCounts> counts = List.of(
                part(1, UnitRole.LEAD, 4, 3, 2, 4, 2, 1, 1), // 60 as above (without the assisting part: see below)
                part(2, UnitRole.LEAD, 3, 3, 3, 3, 0, 0, 0), // everything on time, none evaluated: 100
                part(3, UnitRole.ASSISTING, 0, 0, 0, 0, 0, 0, 0), // nothing assigned: left out
                part(4, UnitRole.LEAD, 4, 3, 2, 4, 2, 1, 1)); // unit 1's counts plus 40.75 from the office
        // unit 1 alone: signed 15 x 3/4 = 11.25; contact 15 x 2/4 = 7.50; reply 30; satisfaction 20; -5 = 63.75
        List<Placed> ranking = AssessmentPolicy.rank(AssessmentPolicy.defaults(), counts, Map.of(4L, d("36.25")));
        assertThat(ranking).extracting(p -> p.score().unitId()).containsExactly(2L, 4L, 1L);
        assertThat(ranking).extracting(Placed::place).containsExactly(1, 1, 3);
        assertThat(ranking.get(2).score().total()).isEqualByComparingTo("63.75");
        assertThat(ranking.get(1).score().total()).isEqualByComparingTo("100");
    }
}
