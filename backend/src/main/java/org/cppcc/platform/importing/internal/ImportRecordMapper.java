package org.cppcc.platform.importing.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;

/** Who imported which file when, and which records it created. */
@Mapper
interface ImportRecordMapper {

    /** The id of the inserted row lands in {@code key[0]}. */
    class Key {
        public Long id;
    }

    record Item(String recordType, long recordId, String sheetName, int rowNo) {}

    @Insert("INSERT INTO roster_import (file_name, file_sha256, members, units, accounts, imported_by, "
            + "importer_name, imported_at) VALUES (#{fileName}, #{sha256}, #{members}, #{units}, #{accounts}, "
            + "#{actorId}, #{actorName}, #{now})")
    @Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
    void insert(
            @Param("key") Key key,
            @Param("fileName") String fileName,
            @Param("sha256") String sha256,
            @Param("members") int members,
            @Param("units") int units,
            @Param("accounts") int accounts,
            @Param("actorId") long actorId,
            @Param("actorName") String actorName,
            @Param("now") LocalDateTime now);

    @Insert("<script>INSERT INTO roster_import_item (import_id, record_type, record_id, sheet_name, row_no) VALUES "
            + "<foreach collection='items' item='i' separator=','>(#{importId}, #{i.recordType}, #{i.recordId}, "
            + "#{i.sheetName}, #{i.rowNo})</foreach></script>")
    void insertItems(@Param("importId") long importId, @Param("items") List<Item> items);
}
