package org.cppcc.platform.proposal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.storage.FileStorage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments of a draft: documents and pictures only, checked by their first bytes as well as by name,
 * at most 10 files of 10 MB each.
 */
@Service
class ProposalAttachments {

    /** Allowed extension → the content type served back and the magic bytes the file must start with. */
    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", new byte[] {'%', 'P', 'D', 'F'}),
            "png", new Kind("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            "jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "docx",
                    new Kind(
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            new byte[] {'P', 'K', 3, 4}),
            "xlsx",
                    new Kind(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            new byte[] {'P', 'K', 3, 4}),
            "doc", new Kind("application/msword", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}),
            "xls", new Kind("application/vnd.ms-excel", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}));

    private final CommandSupport support;
    private final FileStorage storage;
    private final long maxBytes;
    private final int maxFiles;

    ProposalAttachments(
            CommandSupport support,
            FileStorage storage,
            @Value("${platform.proposal.attachment-max-bytes:10485760}") long maxBytes,
            @Value("${platform.proposal.attachment-max-files:10}") int maxFiles) {
        this.support = support;
        this.storage = storage;
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    record Kind(String contentType, byte[] magic) {}

    @Transactional
    AttachmentView upload(PlatformUser proposer, long proposalId, MultipartFile file) {
        ProposalRow proposal = editableDraft(proposer, proposalId);
        if (file == null || file.isEmpty()) {
            throw ApiException.invalid("file", "请选择要上传的文件");
        }
        if (file.getSize() > maxBytes) {
            throw ApiException.invalid("file", "附件不能超过" + (maxBytes / 1024 / 1024) + "MB");
        }
        if (support.proposals.attachments(proposalId).size() >= maxFiles) {
            throw ApiException.invalid("file", "附件不能超过" + maxFiles + "个");
        }
        String name = cleanName(file.getOriginalFilename());
        Kind kind = KINDS.get(extension(name));
        if (kind == null) {
            throw ApiException.invalid("file", "只能上传PDF、Word、Excel文档或JPG、PNG图片");
        }
        if (!startsWith(file, kind.magic())) {
            throw ApiException.invalid("file", "文件内容与扩展名不符");
        }
        String key;
        try (InputStream content = file.getInputStream()) {
            key = storage.store("proposal", content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            support.proposals.insertAttachment(
                    proposalId, name, kind.contentType(), file.getSize(), key, proposer.id(), support.now());
            support.record(proposal, proposer, Role.MEMBER, HistoryAction.ADD_ATTACHMENT, proposal.state, null, name);
        } catch (RuntimeException e) {
            storage.delete(key);
            throw e;
        }
        return support.proposals.attachments(proposalId).stream()
                .filter(a -> a.storageKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    void delete(PlatformUser proposer, long proposalId, long attachmentId) {
        ProposalRow proposal = editableDraft(proposer, proposalId);
        AttachmentView attachment = ofProposal(proposalId, attachmentId);
        support.proposals.deleteAttachment(attachmentId);
        support.record(
                proposal,
                proposer,
                Role.MEMBER,
                HistoryAction.REMOVE_ATTACHMENT,
                proposal.state,
                null,
                attachment.fileName());
        storage.delete(attachment.storageKey());
    }

    AttachmentView find(PlatformUser viewer, long proposalId, long attachmentId) {
        support.access.viewable(viewer, proposalId);
        return ofProposal(proposalId, attachmentId);
    }

    InputStream open(AttachmentView attachment) {
        return storage.open(attachment.storageKey());
    }

    private AttachmentView ofProposal(long proposalId, long attachmentId) {
        AttachmentView attachment = support.proposals.findAttachment(attachmentId);
        if (attachment == null || attachment.proposalId() != proposalId) {
            throw ApiException.notFound("附件");
        }
        return attachment;
    }

    private ProposalRow editableDraft(PlatformUser proposer, long proposalId) {
        ProposalRow proposal = support.lockVisible(proposer, proposalId);
        ProposalAccess.requireOwner(proposer, proposal);
        ProposalAccess.requireState(proposal, ProposalState.DRAFT);
        return proposal;
    }

    /** The name as shown later: no folders, no control characters, at most 200 characters. */
    static String cleanName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}<>\"]", "")
                .strip();
        if (name.isEmpty() || name.length() > 200) {
            throw ApiException.invalid("file", "文件名为空或超过200个字符");
        }
        return name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(MultipartFile file, byte[] magic) {
        try (InputStream in = file.getInputStream()) {
            byte[] head = in.readNBytes(magic.length);
            return Arrays.equals(head, magic);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
