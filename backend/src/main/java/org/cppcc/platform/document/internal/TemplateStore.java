package org.cppcc.platform.document.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's Word templates: each upload or revert is a new numbered version with who and when; the newest
 * version of a kind is in force, and a revert (a version without a file) puts the built-in layout back.
 */
@Service
class TemplateStore {

    private final TemplateMapper mapper;
    private final WordTemplates templates;
    private final Clock clock;

    TemplateStore(TemplateMapper mapper, WordTemplates templates, Clock clock) {
        this.mapper = mapper;
        this.templates = templates;
        this.clock = clock;
    }

    @Transactional
    TemplateMapper.TemplateRow upload(PlatformUser user, TemplateKind kind, String fileName, byte[] content) {
        requireOffice(user);
        List<String> used = templates.check(kind, fileName, content);
        TemplateMapper.TemplateRow row = row(user, kind);
        row.fileName = fileName;
        row.content = content;
        row.sizeBytes = content.length;
        row.placeholders = String.join(",", used);
        return insert(row);
    }

    @Transactional
    TemplateMapper.TemplateRow revert(PlatformUser user, TemplateKind kind) {
        requireOffice(user);
        TemplateMapper.TemplateRow current = mapper.current(kind.name());
        if (current == null || current.content == null) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, kind.label + "已在使用内置模板");
        }
        return insert(row(user, kind));
    }

    /** The uploaded template in force, or empty when the built-in layout applies. */
    @Transactional(readOnly = true)
    Optional<byte[]> current(TemplateKind kind) {
        TemplateMapper.TemplateRow row = mapper.current(kind.name());
        return Optional.ofNullable(row == null ? null : row.content);
    }

    @Transactional(readOnly = true)
    TemplateMapper.TemplateRow currentVersion(TemplateKind kind) {
        TemplateMapper.TemplateRow row = mapper.current(kind.name());
        if (row != null) {
            row.content = null;
        }
        return row;
    }

    @Transactional(readOnly = true)
    List<TemplateMapper.TemplateRow> versions(TemplateKind kind) {
        return mapper.versions(kind.name());
    }

    static void requireOffice(PlatformUser user) {
        if (!user.has(Role.PROPOSAL_OFFICE) && !user.has(Role.ADMIN)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有提案委员会办公室或系统管理员可以管理公文模板");
        }
    }

    private TemplateMapper.TemplateRow row(PlatformUser user, TemplateKind kind) {
        TemplateMapper.TemplateRow row = new TemplateMapper.TemplateRow();
        row.kind = kind.name();
        row.uploadedBy = user.id();
        row.uploadedByName = user.displayName();
        row.uploadedAt = LocalDateTime.now(clock);
        return row;
    }

    private TemplateMapper.TemplateRow insert(TemplateMapper.TemplateRow row) {
        row.version = mapper.lastVersion(row.kind) + 1;
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException e) {
            // Two uploads of one kind at the same moment: the (kind, version) key lets one win.
            throw new ApiException(ErrorCode.STATE_CONFLICT, "另一位用户刚刚更新了该模板，请刷新后重试");
        }
        row.content = null;
        return row;
    }
}
