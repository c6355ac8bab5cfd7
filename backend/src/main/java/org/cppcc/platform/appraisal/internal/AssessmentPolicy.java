package org.cppcc.platform.appraisal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.proposal.ProposalFigures.UnitCounts;
import org.cppcc.platform.proposal.UnitRole;

/**
 * Scores units by a year's rules, with no I/O (tested on its own). A rate item earns {@code points × numerator /
 * denominator} summed over the unit's lead, assisting and split parts; with nothing to count (denominator 0) it
 * earns its full points, since nothing can be held against the unit. A deduction costs {@code points} per case up
 * to {@code cap}. Units with no assigned part are not ranked. Equal totals share a place (1, 1, 3).
 */
final class AssessmentPolicy {

    private AssessmentPolicy() {}

    record Rule(AssessmentItem item, BigDecimal points, BigDecimal cap) {}

    /** One role's share of an item: what the evidence link of that part lists. */
    record Part(UnitRole role, long numerator, long denominator) {}

    record ItemScore(
            AssessmentItem item,
            BigDecimal points,
            BigDecimal earned,
            long numerator,
            long denominator,
            List<Part> parts) {}

    record UnitScore(
            long unitId, BigDecimal computed, BigDecimal adjustment, BigDecimal total, List<ItemScore> items) {}

    record Placed(int place, UnitScore score) {}

    static List<Rule> defaults() {
        List<Rule> rules = new ArrayList<>();
        for (AssessmentItem item : AssessmentItem.values()) {
            rules.add(new Rule(item, item.defaultPoints(), item.deduction() ? new BigDecimal("20") : null));
        }
        return rules;
    }

    static UnitScore score(long unitId, List<Rule> rules, List<UnitCounts> parts, BigDecimal adjustment) {
        List<ItemScore> items = new ArrayList<>();
        BigDecimal computed = BigDecimal.ZERO;
        for (Rule rule : rules) {
            long num = 0;
            long den = 0;
            List<Part> shares = new ArrayList<>();
            for (UnitCounts part : parts) {
                long n = rule.item().numerator(part);
                long d = rule.item().denominator(part);
                num += n;
                den += d;
                shares.add(new Part(part.role(), n, d));
            }
            BigDecimal earned;
            if (rule.item().deduction()) {
                BigDecimal lost = rule.points().multiply(BigDecimal.valueOf(num));
                if (rule.cap() != null && lost.compareTo(rule.cap()) > 0) {
                    lost = rule.cap();
                }
                earned = lost.negate();
            } else if (den == 0) {
                earned = rule.points();
            } else {
                earned = rule.points()
                        .multiply(BigDecimal.valueOf(num))
                        .divide(BigDecimal.valueOf(den), 2, RoundingMode.HALF_UP);
            }
            earned = earned.setScale(2, RoundingMode.HALF_UP);
            computed = computed.add(earned);
            items.add(new ItemScore(rule.item(), rule.points(), earned, num, den, shares));
        }
        BigDecimal adj = adjustment == null ? BigDecimal.ZERO : adjustment;
        return new UnitScore(
                unitId,
                computed.setScale(2, RoundingMode.HALF_UP),
                adj.setScale(2, RoundingMode.HALF_UP),
                computed.add(adj).setScale(2, RoundingMode.HALF_UP),
                items);
    }

    /** Every unit with an assigned part, scored and placed, best first. */
    static List<Placed> rank(List<Rule> rules, List<UnitCounts> counts, Map<Long, BigDecimal> adjustments) {
        Map<Long, List<UnitCounts>> byUnit = new LinkedHashMap<>();
        for (UnitCounts c : counts) {
            byUnit.computeIfAbsent(c.unitId(), k -> new ArrayList<>()).add(c);
        }
        List<UnitScore> scores = new ArrayList<>();
        byUnit.forEach((unitId, parts) -> {
            if (parts.stream().mapToLong(UnitCounts::assigned).sum() > 0) {
                scores.add(score(unitId, rules, parts, adjustments.get(unitId)));
            }
        });
        scores.sort(Comparator.comparing(UnitScore::total).reversed().thenComparing(UnitScore::unitId));
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            int place =
                    i > 0 && scores.get(i).total().compareTo(scores.get(i - 1).total()) == 0
                            ? placed.get(i - 1).place()
                            : i + 1;
            placed.add(new Placed(place, scores.get(i)));
        }
        return placed;
    }
}
