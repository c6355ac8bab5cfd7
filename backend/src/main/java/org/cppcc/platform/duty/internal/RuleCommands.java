package org.cppcc.platform.duty.internal;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.duty.EntryKind;
import org.cppcc.platform.shared.error.ApiException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office edits the points rules. Points are computed when read, so the change applies at once to every
 * member's record and the ranking: nothing is stored to recompute.
 */
@Component
class RuleCommands {

    private final DutyStore store;
    private final RecordQueries queries;
    private final DutyAccess access;

    RuleCommands(DutyStore store, RecordQueries queries, DutyAccess access) {
        this.store = store;
        this.queries = queries;
        this.access = access;
    }

    @Transactional
    int update(PlatformUser actor, DutyForms.Rules form) {
        Map<EntryKind, PointsPolicy.Rule> current = queries.rules();
        Set<EntryKind> seen = new HashSet<>();
        LocalDateTime now = access.now();
        int changed = 0;
        for (DutyForms.RuleForm r : form.rules()) {
            if (!seen.add(r.kind())) {
                throw ApiException.invalid("rules", "同一履职类型只能出现一次：" + r.kind().label());
            }
            PointsPolicy.Rule old = current.get(r.kind());
            if (old == null) {
                store.insertRule(r.kind().name(), r.points(), r.yearlyCap(), now);
                old = new PointsPolicy.Rule(r.kind(), 0, null);
            } else if (old.points() == r.points() && Objects.equals(old.yearlyCap(), r.yearlyCap())) {
                continue;
            }
            store.updateRule(r.kind().name(), r.points(), r.yearlyCap(), actor.id(), now);
            store.insertRuleHistory(
                    r.kind().name(),
                    old.points(),
                    old.yearlyCap(),
                    r.points(),
                    r.yearlyCap(),
                    form.reason().strip(),
                    actor.id(),
                    actor.displayName(),
                    now);
            changed++;
        }
        return changed;
    }
}
