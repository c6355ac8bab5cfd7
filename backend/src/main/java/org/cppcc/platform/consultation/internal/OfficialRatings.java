package org.cppcc.platform.consultation.internal;

import java.util.List;

import org.cppcc.platform.consultation.Satisfaction;

/**
 * The ratings of one round that count (大家评事). A rating is trusted when we know who gave it: the raiser
 * (tracking code with the phone of the raise, or their own account) or a member by login. Anyone else with
 * the page and a phone number is recorded apart as an unverified public rating: it is shown, never counted,
 * so that rating with made-up phone numbers cannot move the official satisfaction figure nor the decision
 * whether a matter may be closed.
 */
record OfficialRatings(Tally official, Tally unverified, boolean raiserUnsatisfied) {

    /** Counts of one kind of rating; the rate is 满意 + 基本满意 over all, in percent with one decimal. */
    record Tally(int total, int satisfied, int basicallySatisfied, int unsatisfied) {

        static Tally of(List<EvaluationRow> ratings) {
            return new Tally(
                    ratings.size(),
                    count(ratings, Satisfaction.SATISFIED),
                    count(ratings, Satisfaction.BASICALLY_SATISFIED),
                    count(ratings, Satisfaction.UNSATISFIED));
        }

        Double rate() {
            return total == 0 ? null : Math.round((satisfied + basicallySatisfied) * 1000.0 / total) / 10.0;
        }

        private static int count(List<EvaluationRow> ratings, Satisfaction satisfaction) {
            return (int)
                    ratings.stream().filter(e -> e.satisfaction == satisfaction).count();
        }
    }

    static boolean trusted(EvaluationRow rating) {
        return rating.evaluatorKind != EvaluationRow.EvaluatorKind.RESIDENT;
    }

    /** The given round's ratings, split into official and unverified. */
    static OfficialRatings of(List<EvaluationRow> all, int roundNo) {
        List<EvaluationRow> round =
                all.stream().filter(e -> e.roundNo == roundNo).toList();
        List<EvaluationRow> official =
                round.stream().filter(OfficialRatings::trusted).toList();
        boolean raiserUnsatisfied = official.stream()
                .anyMatch(e -> e.evaluatorKind == EvaluationRow.EvaluatorKind.RAISER
                        && e.satisfaction == Satisfaction.UNSATISFIED);
        return new OfficialRatings(
                Tally.of(official),
                Tally.of(round.stream().filter(e -> !trusted(e)).toList()),
                raiserUnsatisfied);
    }

    /**
     * The round's verdict is 不满意 when the raiser is unsatisfied, or when unsatisfied official ratings are at
     * least as many as the satisfied and basically satisfied ones together. Such a matter goes back to
     * deliberation or becomes a proposal (docs/domain.md, step 6); closing it anyway needs a recorded reason.
     */
    boolean unsatisfied() {
        return raiserUnsatisfied
                || official.unsatisfied() > 0
                        && official.unsatisfied() >= official.satisfied() + official.basicallySatisfied();
    }
}
