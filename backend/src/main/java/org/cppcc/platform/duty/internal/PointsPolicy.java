package org.cppcc.platform.duty.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.duty.DutyRecords.KindScore;
import org.cppcc.platform.duty.EntryKind;

/**
 * Points of one member's year: each counted entry is worth its kind's points (or the office's correction), each
 * kind's sum is cut at its yearly cap, the total is the sum of the kinds. Computed when read, never stored, so a
 * rule change applies to every record at once.
 */
final class PointsPolicy {

    record Rule(EntryKind kind, int points, Integer yearlyCap) {}

    /** What one counted entry is worth; {@code pointsOverride} null for the rule's points. */
    record Worth(EntryKind kind, Integer pointsOverride, long count) {}

    record Score(int total, List<KindScore> kinds) {}

    private PointsPolicy() {}

    static int worth(Rule rule, Integer pointsOverride) {
        return pointsOverride != null ? pointsOverride : rule == null ? 0 : rule.points();
    }

    static Score score(List<Worth> entries, Map<EntryKind, Rule> rules) {
        Map<EntryKind, int[]> sums = new EnumMap<>(EntryKind.class);
        for (Worth w : entries) {
            int[] s = sums.computeIfAbsent(w.kind(), k -> new int[2]);
            s[0] += (int) w.count();
            s[1] += (int) (worth(rules.get(w.kind()), w.pointsOverride()) * w.count());
        }
        List<KindScore> kinds = new ArrayList<>();
        int total = 0;
        for (Map.Entry<EntryKind, int[]> e : sums.entrySet()) {
            Rule rule = rules.get(e.getKey());
            Integer cap = rule == null ? null : rule.yearlyCap();
            int raw = e.getValue()[1];
            int points = cap == null ? raw : Math.min(raw, cap);
            total += points;
            kinds.add(new KindScore(e.getKey(), e.getKey().label(), e.getValue()[0], raw, cap, points));
        }
        return new Score(total, kinds);
    }
}
