package org.cppcc.platform.account.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.cppcc.platform.account.AccountContact;
import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.IssuedLogin;
import org.cppcc.platform.account.NewAccount;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.error.FieldProblem;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, editing, unlocking accounts and changing passwords. */
@Service
class AccountManagement implements AccountService {

    private final AccountMapper accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountManagement(
            AccountMapper accounts,
            PasswordEncoder passwordEncoder,
            Clock clock,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.sessions = sessions;
    }

    /**
     * Ends every open session of an account, so that new roles, a disabled flag or a new password hold at once.
     * The sessions live in the database (Spring Session JDBC), so this reaches the sessions of every node.
     */
    private void endSessions(String username) {
        endSessionsExcept(username, null);
    }

    private void endSessionsExcept(String username, String keptSessionId) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(sessions::deleteById);
    }

    @Override
    @Transactional
    public long open(NewAccount request) {
        if (!request.username().equals(Usernames.normalise(request.username()))) {
            throw ApiException.invalid("username", "用户名须为小写");
        }
        if (accounts.findByUsername(request.username()) != null) {
            throw ApiException.duplicate("username", "用户名「" + request.username() + "」已被使用");
        }
        checkRolesAndUnit(request.roles(), request.unitId());
        PasswordPolicy.check("password", request.username(), request.password());
        AccountRow account = newRow(request, passwordEncoder.encode(request.password()), LocalDateTime.now(clock));
        accounts.insert(account);
        request.roles().forEach(role -> accounts.insertRole(account.id, role));
        return account.id;
    }

    @Override
    @Transactional
    public List<IssuedLogin> openWithGeneratedPasswords(List<NewAccount> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Set<String> usernames = new HashSet<>();
        for (NewAccount request : requests) {
            if (!request.username().equals(Usernames.normalise(request.username()))) {
                throw ApiException.invalid("username", "用户名须为小写");
            }
            if (!usernames.add(request.username())) {
                throw ApiException.duplicate("username", "用户名「" + request.username() + "」重复");
            }
        }
        Set<String> taken = takenUsernames(usernames);
        if (!taken.isEmpty()) {
            throw ApiException.duplicate("username", "用户名「" + taken.iterator().next() + "」已被使用");
        }
        Map<String, Boolean> checked = new HashMap<>();
        requests.forEach(r -> checked.computeIfAbsent(r.roles() + "/" + r.unitId(), k -> {
            checkRolesAndUnit(r.roles(), r.unitId());
            return true;
        }));
        List<String> passwords =
                requests.stream().map(r -> GeneratedPasswords.next()).toList();
        // bcrypt dominates the cost of an import: spread it over the cores.
        List<String> hashes = passwords.parallelStream()
                .map(GeneratedPasswords.ENCODER::encode)
                .toList();
        LocalDateTime now = LocalDateTime.now(clock);
        List<AccountRow> rows = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            AccountRow account = newRow(requests.get(i), hashes.get(i), now);
            account.roles.addAll(requests.get(i).roles());
            rows.add(account);
        }
        List<IssuedLogin> issued = new ArrayList<>(rows.size());
        for (List<AccountRow> chunk : chunks(rows)) {
            accounts.insertAll(chunk);
            Map<String, Long> ids = new HashMap<>();
            accounts.idsByUsername(chunk.stream().map(a -> a.username).toList())
                    .forEach(a -> ids.put(a.username, a.id));
            chunk.forEach(a -> a.id = ids.get(a.username));
            accounts.insertRoles(chunk);
        }
        for (int i = 0; i < rows.size(); i++) {
            issued.add(new IssuedLogin(rows.get(i).id, rows.get(i).username, passwords.get(i)));
        }
        return issued;
    }

    private static AccountRow newRow(NewAccount request, String passwordHash, LocalDateTime now) {
        AccountRow account = new AccountRow();
        account.username = request.username();
        account.passwordHash = passwordHash;
        account.displayName = request.displayName();
        account.phone = request.phone();
        account.email = request.email();
        account.unitId = request.roles().contains(Role.HANDLING_UNIT) ? request.unitId() : null;
        account.enabled = true;
        account.passwordChangedAt = now;
        account.createdAt = now;
        account.updatedAt = now;
        return account;
    }

    @Override
    public Set<String> takenUsernames(Collection<String> usernames) {
        Set<String> taken = new HashSet<>();
        for (List<String> chunk : chunks(List.copyOf(usernames))) {
            accounts.idsByUsername(chunk).forEach(a -> taken.add(a.username));
        }
        return taken;
    }

    /** Multi-row statements of a bounded size (packet size, parameter count). */
    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 500)));
        }
        return chunks;
    }

    @Override
    public boolean exists(String username) {
        return accounts.findByUsername(username) != null;
    }

    @Override
    public Optional<PlatformUser> user(String username) {
        return Optional.ofNullable(accounts.findByUsername(username)).map(AccountRow::toUser);
    }

    @Override
    public List<Long> accountsOfUnit(long unitId) {
        return accounts.accountsOfUnit(unitId);
    }

    @Override
    public Optional<AccountContact> contact(long accountId) {
        return Optional.ofNullable(accounts.findById(accountId))
                .map(a -> new AccountContact(a.id, a.username, a.displayName, a.email, a.phone, a.unitId, a.enabled));
    }

    @Override
    public List<Long> accountsOfUnits(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : accounts.accountsOfUnits(unitIds);
    }

    @Override
    public List<AccountContact> contacts(Collection<Long> accountIds) {
        return accountIds.isEmpty()
                ? List.of()
                : accounts.contacts(accountIds).stream()
                        .map(ContactRow::toContact)
                        .toList();
    }

    @Override
    public List<Long> accountsWithRole(Role role) {
        return accounts.accountsWithRole(role);
    }

    @Override
    public Set<Role> roles(long accountId) {
        AccountRow account = accounts.findById(accountId);
        return account == null ? Set.of() : Set.copyOf(account.roles);
    }

    @Override
    @Transactional
    public void grant(long accountId, Role role) {
        AccountRow account = require(accountId);
        if (account.roles.contains(role)) {
            return;
        }
        Set<Role> roles = new TreeSet<>(account.roles);
        roles.add(role);
        checkRolesAndUnit(roles, account.unitId);
        accounts.insertRole(accountId, role);
        endSessions(account.username);
    }

    @Override
    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        AccountRow account = require(accountId);
        if (account.enabled == enabled) {
            return;
        }
        account.enabled = enabled;
        account.updatedAt = LocalDateTime.now(clock);
        accounts.update(account);
        endSessions(account.username);
    }

    PageResult<AccountView> find(PageQuery query, Role role) {
        long total = accounts.count(query.likePattern(), role);
        List<AccountView> items =
                accounts.find(query.likePattern(), role, query.offset(), query.sizeOrDefault()).stream()
                        .map(a -> AccountView.of(a, LocalDateTime.now(clock)))
                        .toList();
        return query.result(items, total);
    }

    Long memberIdOf(long id) {
        return require(id).memberId;
    }

    AccountView get(long id) {
        return AccountView.of(require(id), LocalDateTime.now(clock));
    }

    @Transactional
    AccountView update(long id, AccountUpdate update) {
        AccountRow account = require(id);
        checkRolesAndUnit(update.roles(), update.unitId());
        account.displayName = update.displayName().strip();
        account.phone = blankToNull(update.phone());
        account.email = blankToNull(update.email());
        account.unitId = update.roles().contains(Role.HANDLING_UNIT) ? update.unitId() : null;
        account.enabled = update.enabled();
        account.updatedAt = LocalDateTime.now(clock);
        accounts.update(account);
        account.roles.stream()
                .filter(role -> !update.roles().contains(role))
                .forEach(role -> accounts.deleteRole(id, role));
        update.roles().stream()
                .filter(role -> !account.roles.contains(role))
                .forEach(role -> accounts.insertRole(id, role));
        endSessions(account.username);
        return get(id);
    }

    @Transactional
    void resetPassword(long id, String password) {
        AccountRow account = require(id);
        PasswordPolicy.check("password", account.username, password);
        accounts.updatePassword(id, passwordEncoder.encode(password), LocalDateTime.now(clock));
        endSessions(account.username);
    }

    @Transactional
    /** The session that changed the password stays; every other session of the account ends (a lost phone …). */
    void changeOwnPassword(long id, String oldPassword, String newPassword, String currentSessionId) {
        AccountRow account = require(id);
        if (!passwordEncoder.matches(oldPassword, account.passwordHash)) {
            throw ApiException.invalid("oldPassword", "原密码不正确");
        }
        if (oldPassword.equals(newPassword)) {
            throw ApiException.invalid("newPassword", "新密码不能与原密码相同");
        }
        PasswordPolicy.check("newPassword", account.username, newPassword);
        accounts.updatePassword(id, passwordEncoder.encode(newPassword), LocalDateTime.now(clock));
        endSessionsExcept(account.username, currentSessionId);
    }

    @Transactional
    void unlock(long id) {
        require(id);
        accounts.clearFailures(id);
    }

    private AccountRow require(long id) {
        AccountRow account = accounts.findById(id);
        if (account == null) {
            throw ApiException.notFound("账户");
        }
        return account;
    }

    private void checkRolesAndUnit(Set<Role> roles, Long unitId) {
        if (roles == null || roles.isEmpty()) {
            throw ApiException.invalid("roles", "角色至少选择一个");
        }
        if (roles.contains(Role.HANDLING_UNIT)) {
            if (unitId == null) {
                throw ApiException.invalid("unitId", "承办单位用户必须选择所属单位");
            }
            if (!accounts.unitExists(unitId)) {
                throw ApiException.invalid("unitId", "所属单位不存在");
            }
        }
        if (roles.contains(Role.ADMIN) && roles.size() > 1) {
            // docs/domain.md: the administrator manages the system but cannot act on proposals.
            throw new ApiException(
                    ErrorCode.VALIDATION_FAILED,
                    "系统管理员账户不能兼任其他角色",
                    List.of(new FieldProblem("roles", "系统管理员账户不能兼任其他角色")));
        }
    }
}
