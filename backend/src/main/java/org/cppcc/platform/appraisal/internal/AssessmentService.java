package org.cppcc.platform.appraisal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.appraisal.internal.AppraisalRows.AdjustmentRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.HistoryRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.ModelUnitRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.RuleSetRow;
import org.cppcc.platform.appraisal.internal.AppraisalRows.YearRow;
import org.cppcc.platform.appraisal.internal.AssessmentPolicy.Placed;
import org.cppcc.platform.appraisal.internal.AssessmentPolicy.Rule;
import org.cppcc.platform.organisation.OrganisationNames;
import org.cppcc.platform.proposal.ProposalFigures;
import org.cppcc.platform.proposal.ProposalFigures.Scope;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 办理质量考核: the year's rules (versioned), the ranking scored by {@link AssessmentPolicy} from the proposal
 * module's unit counts of the proposals submitted in the year, the office's adjustments, the ranking's publication
 * and the model units. A unit sees its own row only until the office publishes the ranking.
 */
@Service
class AssessmentService {

    private final AppraisalMapper store;
    private final ProposalFigures figures;
    private final OrganisationNames names;
    private final AppraisalHistory history;

    AssessmentService(
            AppraisalMapper store, ProposalFigures figures, OrganisationNames names, AppraisalHistory history) {
        this.store = store;
        this.figures = figures;
        this.names = names;
        this.history = history;
    }

    record RuleView(AssessmentItem item, BigDecimal points, BigDecimal cap, boolean deduction) {}

    /** {@code version} 0: no rules saved for the year, the defaults score. */
    record RulesView(
            int year, int version, String note, LocalDateTime savedAt, List<RuleView> items, List<Integer> versions) {}

    record Evidence(String role, long numerator, long denominator, String figure, String overFigure) {}

    record ItemView(
            AssessmentItem item,
            BigDecimal points,
            BigDecimal earned,
            long numerator,
            long denominator,
            boolean deduction,
            List<Evidence> evidence) {}

    record AdjustmentView(BigDecimal points, String reason, LocalDateTime at) {}

    record UnitRow(
            int place,
            long unitId,
            String unitName,
            BigDecimal computed,
            BigDecimal adjustment,
            BigDecimal total,
            boolean model,
            List<ItemView> items,
            List<AdjustmentView> adjustments) {}

    record Ranking(
            int year,
            Long sessionId,
            int rulesVersion,
            int unitsRanked,
            boolean published,
            LocalDate modelDecidedOn,
            String modelNote,
            boolean modelPublished,
            List<UnitRow> rows) {}

    record HistoryView(String act, String detail, String actorName, LocalDateTime at) {}

    record ModelYear(int year, LocalDate decidedOn, List<String> units) {}

    // rules

    @Transactional(readOnly = true)
    RulesView rules(int year) {
        checkYear(year);
        RuleSetRow set = store.latestRuleSet(year);
        List<Integer> versions =
                store.ruleSets(year).stream().map(r -> r.version).toList();
        return new RulesView(
                year,
                set == null ? 0 : set.version,
                set == null ? null : set.note,
                set == null ? null : set.createdAt,
                rulesOf(set).stream()
                        .map(r -> new RuleView(
                                r.item(), r.points(), r.cap(), r.item().deduction()))
                        .toList(),
                versions);
    }

    @Transactional
    RulesView saveRules(PlatformUser office, int year, AppraisalForms.Rules form) {
        checkYear(year);
        Set<AssessmentItem> seen = EnumSet.noneOf(AssessmentItem.class);
        for (AppraisalForms.RuleItem item : form.items()) {
            if (!seen.add(item.item())) {
                throw ApiException.invalid("items", "考核项目「" + item.item().label() + "」重复");
            }
            if (item.cap() != null && !item.item().deduction()) {
                throw ApiException.invalid("items", "只有扣分项目可以设置扣分上限");
            }
        }
        lockYear(year);
        RuleSetRow latest = store.latestRuleSet(year);
        RuleSetRow row = new RuleSetRow();
        row.ruleYear = year;
        row.version = latest == null ? 1 : latest.version + 1;
        row.note = blankToNull(form.note());
        row.createdBy = office.id();
        row.createdAt = history.now();
        store.insertRuleSet(row);
        for (AppraisalForms.RuleItem item : form.items()) {
            store.insertRuleItem(row.id, item.item(), item.points(), item.cap());
        }
        history.record(
                office,
                AppraisalHistory.YEAR,
                year,
                "RULES",
                "考核细则第" + row.version + "版："
                        + form.items().stream()
                                .map(i -> i.item().label() + " "
                                        + i.points().stripTrailingZeros().toPlainString()
                                        + (i.item().deduction() ? "分/件" : "分"))
                                .collect(Collectors.joining("，"))
                        + (row.note == null ? "" : "。" + row.note));
        return rules(year);
    }

    // ranking

    @Transactional(readOnly = true)
    Ranking ranking(PlatformUser viewer, int year, Long sessionId) {
        checkYear(year);
        YearRow state = store.year(year);
        boolean published = state != null && state.rankingPublishedAt != null;
        Long ownUnit = null;
        if (!viewer.has(Role.PROPOSAL_OFFICE) && !viewer.has(Role.LEADER)) {
            if (!viewer.has(Role.HANDLING_UNIT) || viewer.unitId() == null) {
                throw new ApiException(ErrorCode.FORBIDDEN, "无权查看考核排名");
            }
            ownUnit = viewer.unitId();
        }
        RuleSetRow set = store.latestRuleSet(year);
        List<AdjustmentRow> adjustments = store.adjustments(year);
        Map<Long, BigDecimal> adjusted = new HashMap<>();
        adjustments.forEach(a -> adjusted.merge(a.unitId, a.points, BigDecimal::add));
        List<Placed> placed = AssessmentPolicy.rank(
                rulesOf(set),
                figures.byUnit(new Scope(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), sessionId, null)),
                adjusted);
        Set<Long> models = store.modelUnits(year).stream().map(m -> m.unitId).collect(Collectors.toSet());
        boolean modelPublished = state != null && state.modelPublishedAt != null;
        Long only = published ? null : ownUnit;
        List<Placed> shown = placed.stream()
                .filter(p -> only == null || p.score().unitId() == only)
                .toList();
        Map<Long, String> unitNames =
                names.units(shown.stream().map(p -> p.score().unitId()).toList());
        boolean office = viewer.has(Role.PROPOSAL_OFFICE) || viewer.has(Role.LEADER);
        List<UnitRow> rows = new ArrayList<>();
        for (Placed p : shown) {
            long unitId = p.score().unitId();
            rows.add(new UnitRow(
                    p.place(),
                    unitId,
                    unitNames.get(unitId),
                    p.score().computed(),
                    p.score().adjustment(),
                    p.score().total(),
                    (office || modelPublished) && models.contains(unitId),
                    p.score().items().stream()
                            .map(i -> new ItemView(
                                    i.item(),
                                    i.points(),
                                    i.earned(),
                                    i.numerator(),
                                    i.denominator(),
                                    i.item().deduction(),
                                    i.parts().stream()
                                            .map(part -> new Evidence(
                                                    part.role().name(),
                                                    part.numerator(),
                                                    part.denominator(),
                                                    i.item().counted().name(),
                                                    i.item().over().name()))
                                            .toList()))
                            .toList(),
                    adjustments.stream()
                            .filter(a -> a.unitId == unitId)
                            .map(a -> new AdjustmentView(a.points, a.reason, a.createdAt))
                            .toList()));
        }
        return new Ranking(
                year,
                sessionId,
                set == null ? 0 : set.version,
                placed.size(),
                published,
                office || modelPublished ? (state == null ? null : state.modelDecidedOn) : null,
                office ? (state == null ? null : state.modelNote) : null,
                modelPublished,
                rows);
    }

    @Transactional
    void adjust(PlatformUser office, int year, AppraisalForms.Adjustment form) {
        checkYear(year);
        if (form.points().signum() == 0) {
            throw ApiException.invalid("points", "调整分值不能为0");
        }
        String unit = names.units(List.of(form.unitId())).get(form.unitId());
        if (unit == null) {
            throw ApiException.invalid("unitId", "承办单位不存在");
        }
        lockYear(year);
        AdjustmentRow row = new AdjustmentRow();
        row.assessYear = year;
        row.unitId = form.unitId();
        row.points = form.points();
        row.reason = form.reason().strip();
        row.createdBy = office.id();
        row.createdAt = history.now();
        store.insertAdjustment(row);
        history.record(
                office,
                AppraisalHistory.YEAR,
                year,
                "ADJUSTMENT",
                unit + (form.points().signum() > 0 ? " 加" : " 减")
                        + form.points().abs().stripTrailingZeros().toPlainString() + "分：" + row.reason);
    }

    @Transactional
    void publishRanking(PlatformUser office, int year) {
        checkYear(year);
        lockYear(year);
        if (store.publishRanking(year, history.now()) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该年度考核排名已经公布");
        }
        history.record(office, AppraisalHistory.YEAR, year, "RANKING_PUBLISHED", "公布考核排名");
    }

    /** The office picks model units from the ranking; the decision replaces an earlier unpublished one. */
    @Transactional
    void decideModelUnits(PlatformUser office, int year, AppraisalForms.ModelUnits form) {
        checkYear(year);
        YearRow state = lockYear(year);
        if (state.modelPublishedAt != null) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该年度先进承办单位已经公布，不能再修改");
        }
        Map<Long, UnitRow> rows =
                ranking(office, year, null).rows().stream().collect(Collectors.toMap(UnitRow::unitId, r -> r));
        Set<Long> chosen = new LinkedHashSet<>(form.unitIds());
        for (Long unitId : chosen) {
            if (!rows.containsKey(unitId)) {
                throw ApiException.invalid("unitIds", "只能从本年度考核排名中的承办单位里选择");
            }
        }
        store.deleteModelUnits(year);
        for (Long unitId : chosen) {
            ModelUnitRow row = new ModelUnitRow();
            row.assessYear = year;
            row.unitId = unitId;
            row.place = rows.get(unitId).place();
            row.score = rows.get(unitId).total();
            store.insertModelUnit(row);
        }
        store.setModelDecision(year, form.decidedOn(), blankToNull(form.note()));
        history.record(
                office,
                AppraisalHistory.YEAR,
                year,
                "MODEL_UNITS",
                "审定先进承办单位（" + form.decidedOn() + "）："
                        + chosen.stream().map(id -> rows.get(id).unitName()).collect(Collectors.joining("、"))
                        + (blankToNull(form.note()) == null
                                ? ""
                                : "。" + form.note().strip()));
    }

    @Transactional
    void publishModelUnits(PlatformUser office, int year) {
        checkYear(year);
        lockYear(year);
        if (store.publishModelUnits(year, history.now()) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "先进承办单位尚未审定或已经公布");
        }
        history.record(office, AppraisalHistory.YEAR, year, "MODEL_UNITS_PUBLISHED", "公布先进承办单位");
    }

    @Transactional(readOnly = true)
    List<HistoryView> history(int year) {
        checkYear(year);
        return views(store.history(AppraisalHistory.YEAR, year));
    }

    /** Published model units of every year, for the public site. */
    @Transactional(readOnly = true)
    List<ModelYear> publishedModelUnits() {
        List<ModelYear> years = new ArrayList<>();
        for (YearRow year : store.publishedModelYears()) {
            List<ModelUnitRow> units = store.modelUnits(year.assessYear);
            Map<Long, String> unitNames =
                    names.units(units.stream().map(u -> u.unitId).toList());
            years.add(new ModelYear(
                    year.assessYear,
                    year.modelDecidedOn,
                    units.stream().map(u -> unitNames.get(u.unitId)).toList()));
        }
        return years;
    }

    static List<HistoryView> views(List<HistoryRow> rows) {
        return rows.stream()
                .map(h -> new HistoryView(h.act, h.detail, h.actorName, h.occurredAt))
                .toList();
    }

    private List<Rule> rulesOf(RuleSetRow set) {
        if (set == null) {
            return AssessmentPolicy.defaults();
        }
        Map<AssessmentItem, Rule> byItem = new HashMap<>();
        store.ruleItems(set.id).forEach(i -> byItem.put(i.item, new Rule(i.item, i.points, i.cap)));
        // the enum's order, whatever order the office saved them in
        List<Rule> rules = new ArrayList<>();
        for (AssessmentItem item : AssessmentItem.values()) {
            if (byItem.containsKey(item)) {
                rules.add(byItem.get(item));
            }
        }
        return rules;
    }

    /** The year's row, created on first write, locked so that a year's writes go one after another. */
    private YearRow lockYear(int year) {
        if (store.year(year) == null) {
            try {
                store.insertYear(year);
            } catch (DuplicateKeyException raced) {
                // another request created it first: lock theirs
            }
        }
        return store.lockYear(year);
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ApiException.invalid("year", "年度不正确");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
