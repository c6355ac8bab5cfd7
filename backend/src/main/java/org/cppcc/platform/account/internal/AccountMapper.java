package org.cppcc.platform.account.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.cppcc.platform.account.Role;

@Mapper
interface AccountMapper {

    AccountRow findByUsername(@Param("username") String username);

    AccountRow findById(@Param("id") long id);

    long count(@Param("like") String like, @Param("role") Role role);

    List<AccountRow> find(
            @Param("like") String like,
            @Param("role") Role role,
            @Param("offset") long offset,
            @Param("limit") int limit);

    void insert(AccountRow account);

    /** One multi-row INSERT; the ids are read back by username. */
    void insertAll(@Param("rows") List<AccountRow> rows);

    List<AccountRow> idsByUsername(@Param("usernames") Collection<String> usernames);

    void insertRoles(@Param("rows") List<AccountRow> rows);

    int update(AccountRow account);

    void insertRole(@Param("accountId") long accountId, @Param("role") Role role);

    void deleteRole(@Param("accountId") long accountId, @Param("role") Role role);

    int updatePassword(@Param("id") long id, @Param("hash") String hash, @Param("now") LocalDateTime now);

    /** A stronger hash of the same password: not a password change. */
    int rehash(@Param("id") long id, @Param("hash") String hash);

    int countFailure(@Param("id") long id, @Param("now") LocalDateTime now);

    int lock(@Param("id") long id, @Param("until") LocalDateTime until, @Param("now") LocalDateTime now);

    int clearFailures(@Param("id") long id);

    boolean unitExists(@Param("unitId") long unitId);

    List<Long> accountsOfUnit(@Param("unitId") long unitId);

    List<Long> accountsWithRole(@Param("role") Role role);

    List<Long> accountsOfUnits(@Param("unitIds") Collection<Long> unitIds);

    List<ContactRow> contacts(@Param("ids") Collection<Long> ids);
}
