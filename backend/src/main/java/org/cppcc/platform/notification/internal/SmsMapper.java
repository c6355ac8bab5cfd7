package org.cppcc.platform.notification.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SmsMapper {

    boolean exists(@Param("sourceKey") String sourceKey, @Param("phone") String phone);

    void insert(SmsRow row);

    SmsRow find(@Param("id") long id);

    /** Compare-and-set PENDING → SENDING: 1 when this node now owns the message. */
    int claim(@Param("id") long id, @Param("now") LocalDateTime now);

    void sent(@Param("id") long id, @Param("serialNo") String serialNo, @Param("now") LocalDateTime now);

    void failed(@Param("id") long id, @Param("status") String status, @Param("error") String error);

    List<Long> pending(@Param("limit") int limit);

    /** Messages claimed by a node that stopped before it finished go back to the queue. */
    int releaseStale(@Param("before") LocalDateTime before);
}
