package org.cppcc.platform.document.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** document_template: every uploaded version of a kind, and the reverts to the built-in template. */
@Mapper
interface TemplateMapper {

    /** A version; {@code content} is null for a revert to the built-in template (and in lists). */
    class TemplateRow {
        public Long id;
        public String kind;
        public int version;
        public String fileName;
        public byte[] content;
        public Integer sizeBytes;
        public String placeholders;
        public long uploadedBy;
        public String uploadedByName;
        public LocalDateTime uploadedAt;
    }

    int lastVersion(@Param("kind") String kind);

    void insert(TemplateRow row);

    /** The newest version of a kind with its content, or null when none was ever uploaded. */
    TemplateRow current(@Param("kind") String kind);

    List<TemplateRow> versions(@Param("kind") String kind);
}
