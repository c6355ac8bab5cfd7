package org.cppcc.platform.duty.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cppcc.platform.duty.DutyRecords;
import org.cppcc.platform.duty.EntryKind;
import org.cppcc.platform.organisation.MemberRoster;
import org.springframework.stereotype.Component;

/** Records, points and rankings, computed from the entries and the current rules when read. */
@Component
class RecordQueries implements DutyRecords {

    private final DutyStore store;
    private final MemberRoster roster;

    RecordQueries(DutyStore store, MemberRoster roster) {
        this.store = store;
        this.roster = roster;
    }

    Map<EntryKind, PointsPolicy.Rule> rules() {
        Map<EntryKind, PointsPolicy.Rule> rules = new EnumMap<>(EntryKind.class);
        for (DutyStore.RuleRow r : store.rules()) {
            kind(r.kind()).ifPresent(k -> rules.put(k, new PointsPolicy.Rule(k, r.points(), r.yearlyCap())));
        }
        return rules;
    }

    @Override
    public Optional<YearRecord> record(long memberId, int year) {
        Optional<MemberRoster.RosterMember> member =
                roster.enabledMembers().stream().filter(m -> m.id() == memberId).findFirst();
        if (member.isEmpty()) {
            return Optional.empty();
        }
        Map<EntryKind, PointsPolicy.Rule> rules = rules();
        List<Entry> entries = new ArrayList<>();
        List<PointsPolicy.Worth> worth = new ArrayList<>();
        for (EntryRow row : store.entries(memberId, year)) {
            Optional<EntryKind> kind = kind(row.kind);
            if (kind.isEmpty()) {
                continue;
            }
            boolean counted = row.counted && !row.voided;
            entries.add(new Entry(
                    row.id,
                    kind.get(),
                    kind.get().label(),
                    row.occurredOn,
                    row.title,
                    PointsPolicy.worth(rules.get(kind.get()), row.pointsOverride),
                    counted,
                    row.origin,
                    row.note));
            if (counted) {
                worth.add(new PointsPolicy.Worth(kind.get(), row.pointsOverride, 1));
            }
        }
        PointsPolicy.Score score = PointsPolicy.score(worth, rules);
        MemberRoster.RosterMember m = member.get();
        int diary = store.diaryCount(memberId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        return Optional.of(new YearRecord(
                m.id(),
                m.name(),
                m.sectorName(),
                m.specialCommittee(),
                year,
                score.total(),
                score.kinds(),
                entries,
                diary));
    }

    record RankRow(
            int rank,
            long memberId,
            String name,
            long sectorId,
            String sectorName,
            String specialCommittee,
            int points,
            int entries) {}

    record GroupRow(String name, int members, int totalPoints, double averagePoints) {}

    record Ranking(int year, List<RankRow> members, List<GroupRow> sectors, List<GroupRow> committees) {}

    Ranking ranking(int year, Long sectorId, String committee) {
        Map<EntryKind, PointsPolicy.Rule> rules = rules();
        Map<Long, List<PointsPolicy.Worth>> byMember = new HashMap<>();
        for (DutyStore.KindCount c : store.yearCounts(year)) {
            Optional<EntryKind> kind = kind(c.kind());
            kind.ifPresent(k -> byMember.computeIfAbsent(c.memberId(), x -> new ArrayList<>())
                    .add(new PointsPolicy.Worth(k, c.pointsOverride(), c.entries())));
        }
        List<RankRow> all = new ArrayList<>();
        for (MemberRoster.RosterMember m : roster.enabledMembers()) {
            List<PointsPolicy.Worth> w = byMember.getOrDefault(m.id(), List.of());
            int entries = (int) w.stream().mapToLong(PointsPolicy.Worth::count).sum();
            all.add(new RankRow(
                    0,
                    m.id(),
                    m.name(),
                    m.sectorId(),
                    m.sectorName(),
                    m.specialCommittee(),
                    PointsPolicy.score(w, rules).total(),
                    entries));
        }
        Map<String, int[]> sectors = new LinkedHashMap<>();
        Map<String, int[]> committees = new LinkedHashMap<>();
        for (RankRow r : all) {
            add(sectors, r.sectorName(), r.points());
            add(
                    committees,
                    r.specialCommittee() == null || r.specialCommittee().isBlank() ? "（未分配专委会）" : r.specialCommittee(),
                    r.points());
        }
        List<RankRow> filtered = all.stream()
                .filter(r -> sectorId == null || r.sectorId() == sectorId)
                .filter(r -> committee == null || committee.isBlank() || committee.equals(r.specialCommittee()))
                .sorted(Comparator.comparingInt(RankRow::points).reversed().thenComparing(RankRow::memberId))
                .toList();
        List<RankRow> ranked = new ArrayList<>();
        int rank = 0;
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < filtered.size(); i++) {
            RankRow r = filtered.get(i);
            // Equal points share a rank (1, 2, 2, 4).
            if (r.points() != previous) {
                rank = i + 1;
                previous = r.points();
            }
            ranked.add(new RankRow(
                    rank,
                    r.memberId(),
                    r.name(),
                    r.sectorId(),
                    r.sectorName(),
                    r.specialCommittee(),
                    r.points(),
                    r.entries()));
        }
        return new Ranking(year, ranked, groups(sectors), groups(committees));
    }

    private static void add(Map<String, int[]> groups, String name, int points) {
        int[] g = groups.computeIfAbsent(name, k -> new int[2]);
        g[0]++;
        g[1] += points;
    }

    private static List<GroupRow> groups(Map<String, int[]> groups) {
        return groups.entrySet().stream()
                .map(e -> new GroupRow(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        Math.round(e.getValue()[1] * 10.0 / e.getValue()[0]) / 10.0))
                .sorted(Comparator.comparingDouble(GroupRow::averagePoints).reversed())
                .toList();
    }

    static Optional<EntryKind> kind(String name) {
        try {
            return Optional.of(EntryKind.valueOf(name));
        } catch (IllegalArgumentException e) {
            // A kind a later version added and this one does not know: left out rather than failing the page.
            return Optional.empty();
        }
    }
}
