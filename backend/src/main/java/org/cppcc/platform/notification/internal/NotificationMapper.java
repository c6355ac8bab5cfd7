package org.cppcc.platform.notification.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

    boolean exists(@Param("accountId") long accountId, @Param("sourceKey") String sourceKey);

    void insert(NotificationRow row);

    long count(@Param("accountId") long accountId, @Param("unreadOnly") boolean unreadOnly);

    List<NotificationView> page(
            @Param("accountId") long accountId,
            @Param("unreadOnly") boolean unreadOnly,
            @Param("offset") long offset,
            @Param("limit") int limit);

    int markRead(@Param("id") long id, @Param("accountId") long accountId, @Param("now") LocalDateTime now);

    boolean owns(@Param("id") long id, @Param("accountId") long accountId);

    int markAllRead(@Param("accountId") long accountId, @Param("now") LocalDateTime now);

    NotificationRow find(@Param("id") long id);

    /** Compare-and-set PENDING → SENDING: 1 when this node now owns the e-mail. */
    int claimEmail(@Param("id") long id, @Param("now") LocalDateTime now);

    void emailSent(@Param("id") long id, @Param("now") LocalDateTime now);

    void emailFailed(@Param("id") long id, @Param("status") String status, @Param("error") String error);

    List<Long> pendingEmails(@Param("limit") int limit);

    /** E-mails (and digests) claimed by a node that stopped before sending go back to the queue. */
    int releaseStale(@Param("before") LocalDateTime before);

    // --- the daily digest

    /** Accounts with notices waiting for the digest. */
    List<Long> digestAccounts();

    /** Compare-and-set DIGEST → DIGESTING of all of an account's waiting notices, tagged with the digest's id. */
    int claimDigest(
            @Param("accountId") long accountId, @Param("digestId") String digestId, @Param("now") LocalDateTime now);

    List<NotificationRow> digestRows(@Param("digestId") String digestId);

    void digestSent(@Param("digestId") String digestId, @Param("now") LocalDateTime now);

    void digestFailed(@Param("digestId") String digestId, @Param("error") String error);

    // --- preferences

    List<PreferenceRow> preferences(
            @Param("accountIds") Collection<Long> accountIds, @Param("category") String category);

    List<PreferenceRow> preferencesOf(@Param("accountId") long accountId);

    int updatePreference(@Param("row") PreferenceRow row, @Param("now") LocalDateTime now);

    void insertPreference(@Param("row") PreferenceRow row, @Param("now") LocalDateTime now);
}
