package org.cppcc.platform.organisation.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.NewAccount;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.MemberLevel;
import org.cppcc.platform.organisation.OrganisationSetup.NewMember;
import org.cppcc.platform.organisation.internal.OrganisationHistory.Subject;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster (委员名册): members created with their login (a new account or an existing one), edited, retired and
 * reinstated. A retired member keeps every record (proposals, duty) but their login is disabled.
 */
@Service
class Roster {

    private final RosterMapper roster;
    private final DirectoryMapper directory;
    private final AccountService accounts;
    private final OrganisationHistory history;
    private final Clock clock;

    Roster(
            RosterMapper roster,
            DirectoryMapper directory,
            AccountService accounts,
            OrganisationHistory history,
            Clock clock) {
        this.roster = roster;
        this.directory = directory;
        this.accounts = accounts;
        this.history = history;
        this.clock = clock;
    }

    PageResult<MemberView> find(PageQuery query, Long sectorId, Boolean retired) {
        String like = query.likePattern();
        return query.result(
                roster.find(like, sectorId, retired, query.offset(), query.sizeOrDefault()),
                roster.count(like, sectorId, retired));
    }

    MemberView get(long id) {
        MemberView member = roster.findById(id);
        if (member == null) {
            throw ApiException.notFound("委员");
        }
        return member;
    }

    @Transactional
    MemberView create(MemberForm form) {
        MemberForm clean = clean(form);
        checkPlaces(clean);
        Long accountId = login(clean);
        GeneratedKey key = new GeneratedKey();
        directory.insertMember(
                new NewMember(
                        accountId,
                        clean.name(),
                        clean.gender(),
                        clean.sectorId(),
                        clean.level(),
                        clean.party(),
                        clean.workplace(),
                        clean.phone(),
                        clean.workstationId()),
                now(),
                key);
        roster.setRosterDetails(key.id, clean.specialCommittee(), clean.email());
        MemberView created = get(key.id);
        history.record(Subject.MEMBER, key.id, "CREATED", describe(created));
        return created;
    }

    @Transactional
    MemberView update(long id, MemberForm form) {
        lock(id);
        MemberView before = get(id);
        MemberForm clean = clean(form);
        checkPlaces(clean);
        roster.update(id, clean, now());
        if (before.accountId() == null) {
            Long accountId = login(clean);
            if (accountId != null) {
                roster.linkAccount(id, accountId, now());
                if (!before.enabled()) {
                    accounts.setEnabled(accountId, false);
                }
            }
        } else if (clean.accountId() != null && !clean.accountId().equals(before.accountId())
                || clean.username() != null) {
            throw ApiException.invalid("accountId", "该委员已有登录账户，请在用户管理中修改");
        }
        MemberView after = get(id);
        String detail = describe(after);
        if (!detail.equals(describe(before))) {
            history.record(Subject.MEMBER, id, "UPDATED", detail);
        }
        return after;
    }

    /** The member leaves the committee: records stay, the login no longer works. */
    @Transactional
    MemberView retire(long id) {
        lock(id);
        MemberView member = get(id);
        if (!member.enabled()) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "委员「" + member.name() + "」已经离任");
        }
        LocalDate today = LocalDate.now(clock);
        roster.setRetired(id, false, today, now());
        if (member.accountId() != null) {
            accounts.setEnabled(member.accountId(), false);
        }
        history.record(Subject.MEMBER, id, "RETIRED", "离任日期：" + today + "；登录账户已停用");
        return get(id);
    }

    @Transactional
    MemberView reinstate(long id) {
        lock(id);
        MemberView member = get(id);
        if (member.enabled()) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "委员「" + member.name() + "」在任，无需恢复");
        }
        roster.setRetired(id, true, null, now());
        if (member.accountId() != null) {
            accounts.setEnabled(member.accountId(), true);
        }
        history.record(Subject.MEMBER, id, "REINSTATED", "恢复在任；登录账户已启用");
        return get(id);
    }

    List<HistoryMapper.HistoryView> history(long id) {
        get(id);
        return history.of(Subject.MEMBER, id);
    }

    /** Opens the new login, or links the existing one; null when the form gives neither. */
    private Long login(MemberForm form) {
        if (form.accountId() != null && form.username() != null) {
            throw ApiException.invalid("accountId", "新建账户和关联已有账户只能选择一种");
        }
        if (form.username() != null) {
            if (form.password() == null || form.password().isEmpty()) {
                throw ApiException.invalid("password", "新建登录账户须设置初始密码");
            }
            return accounts.open(new NewAccount(
                    form.username(),
                    form.name(),
                    form.phone(),
                    form.email(),
                    Set.of(Role.MEMBER),
                    null,
                    form.password()));
        }
        if (form.accountId() == null) {
            return null;
        }
        Set<Role> roles = accounts.roles(form.accountId());
        if (roles.isEmpty()) {
            throw ApiException.invalid("accountId", "所选账户不存在");
        }
        if (roles.contains(Role.ADMIN)) {
            throw ApiException.invalid("accountId", "系统管理员账户不能关联为委员");
        }
        Long other = roster.memberOfAccount(form.accountId());
        if (other != null) {
            throw ApiException.duplicate("accountId", "所选账户已关联委员「" + get(other).name() + "」");
        }
        accounts.grant(form.accountId(), Role.MEMBER);
        return form.accountId();
    }

    private void checkPlaces(MemberForm form) {
        if (!directory.sectorExists(form.sectorId())) {
            throw ApiException.invalid("sectorId", "所选界别不存在或已停用");
        }
        if (form.workstationId() != null && !roster.workstationExists(form.workstationId())) {
            throw ApiException.invalid("workstationId", "所选工作站(室)不存在");
        }
    }

    private static MemberForm clean(MemberForm f) {
        String username = blankToNull(f.username());
        return new MemberForm(
                f.name().strip(),
                blankToNull(f.gender()),
                f.sectorId(),
                f.level(),
                blankToNull(f.specialCommittee()),
                blankToNull(f.party()),
                blankToNull(f.workplace()),
                blankToNull(f.phone()),
                blankToNull(f.email()),
                f.workstationId(),
                f.accountId(),
                username == null ? null : username.toLowerCase(Locale.ROOT),
                f.password());
    }

    private static String describe(MemberView m) {
        return String.join(
                "；",
                "姓名：" + m.name(),
                "性别：" + Objects.toString(m.gender(), "未填"),
                "界别：" + m.sectorName(),
                "类别：" + (m.level() == MemberLevel.CITY ? "市政协委员" : "区政协委员"),
                "专委会：" + Objects.toString(m.specialCommittee(), "无"),
                "党派：" + Objects.toString(m.party(), "未填"),
                "工作单位：" + Objects.toString(m.workplace(), "未填"),
                "电话：" + Objects.toString(m.phone(), "未填"),
                "邮箱：" + Objects.toString(m.email(), "未填"),
                "工作站(室)：" + Objects.toString(m.workstationName(), "未进站"),
                "登录账户：" + Objects.toString(m.username(), "无"));
    }

    private void lock(long id) {
        if (roster.lock(id) == null) {
            throw ApiException.notFound("委员");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
