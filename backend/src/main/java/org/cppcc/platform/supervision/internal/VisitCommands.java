package org.cppcc.platform.supervision.internal;

import static org.cppcc.platform.supervision.internal.SupervisionSupport.officeOrLeader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.ProposalBrief;
import org.cppcc.platform.proposal.SupervisionAct;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.storage.FileStorage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Site visits (实地督办) and look-back reviews (回头看) by the office or a leader, with their photos. */
@Service
class VisitCommands {

    private static final long MAX_PHOTO_BYTES = 10L * 1024 * 1024;
    private static final int MAX_PHOTOS = 12;

    private final SupervisionSupport support;
    private final SupervisionStore store;
    private final FileStorage storage;

    VisitCommands(SupervisionSupport support, SupervisionStore store, FileStorage storage) {
        this.support = support;
        this.store = store;
        this.storage = storage;
    }

    @Transactional
    long recordVisit(PlatformUser actor, long proposalId, SupervisionForms.Visit form) {
        Role role = officeOrLeader(actor);
        ProposalBrief proposal = support.registeredProposal(actor, proposalId);
        if (form.visitDate().isAfter(support.today())) {
            throw ApiException.invalid("visitDate", "日期不能晚于今天");
        }
        Rows.Visit visit = new Rows.Visit();
        visit.proposalId = proposal.id();
        visit.kind = form.kind().name();
        visit.visitDate = form.visitDate();
        visit.place = form.place().strip();
        visit.participants = form.participants().strip();
        visit.notes = form.notes().strip();
        visit.recordedBy = actor.id();
        visit.recorderName = actor.displayName();
        visit.createdAt = support.now();
        store.insertVisit(visit);
        support.proposals.record(
                actor,
                role,
                proposal.id(),
                form.kind() == SupervisionForms.VisitKind.LOOK_BACK
                        ? SupervisionAct.LOOK_BACK
                        : SupervisionAct.SITE_VISIT,
                null,
                visit.visitDate + "，" + visit.place + "：" + visit.notes);
        return visit.id;
    }

    @Transactional
    Rows.Photo addPhoto(PlatformUser actor, long visitId, MultipartFile file) {
        officeOrLeader(actor);
        Rows.Visit visit = store.visit(visitId);
        if (visit == null || !support.proposals.canView(actor, visit.proposalId)) {
            throw ApiException.notFound("督办记录");
        }
        if (file == null || file.isEmpty()) {
            throw ApiException.invalid("file", "请选择要上传的照片");
        }
        if (file.getSize() > MAX_PHOTO_BYTES) {
            throw ApiException.invalid("file", "照片不能超过10MB");
        }
        if (store.photoCount(visitId) >= MAX_PHOTOS) {
            throw ApiException.invalid("file", "每次督办最多上传" + MAX_PHOTOS + "张照片");
        }
        String name = file.getOriginalFilename() == null
                ? "photo"
                : file.getOriginalFilename().replaceAll("[\\\\/]", "_");
        String contentType = photoType(name, file);
        String key;
        try (InputStream in = file.getInputStream()) {
            key = storage.store("supervision", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Rows.Photo photo = new Rows.Photo();
        photo.visitId = visitId;
        photo.fileName = name.length() > 200 ? name.substring(name.length() - 200) : name;
        photo.contentType = contentType;
        photo.sizeBytes = file.getSize();
        photo.storageKey = key;
        photo.uploadedBy = actor.id();
        photo.uploadedAt = support.now();
        store.insertPhoto(photo);
        return photo;
    }

    Rows.Photo photo(PlatformUser viewer, long visitId, long photoId) {
        Rows.Photo photo = store.photo(photoId);
        Rows.Visit visit = store.visit(visitId);
        if (photo == null
                || visit == null
                || photo.visitId != visitId
                || !support.proposals.canView(viewer, visit.proposalId)) {
            throw ApiException.notFound("照片");
        }
        return photo;
    }

    InputStream open(Rows.Photo photo) {
        return storage.open(photo.storageKey);
    }

    private static String photoType(String name, MultipartFile file) {
        String lower = name.toLowerCase(Locale.ROOT);
        byte[] head = new byte[4];
        try (InputStream in = file.getInputStream()) {
            int read = in.readNBytes(head, 0, 4);
            if (read >= 3
                    && (lower.endsWith(".jpg") || lower.endsWith(".jpeg"))
                    && (head[0] & 0xFF) == 0xFF
                    && (head[1] & 0xFF) == 0xD8
                    && (head[2] & 0xFF) == 0xFF) {
                return "image/jpeg";
            }
            if (read == 4
                    && lower.endsWith(".png")
                    && (head[0] & 0xFF) == 0x89
                    && head[1] == 'P'
                    && head[2] == 'N'
                    && head[3] == 'G') {
                return "image/png";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw ApiException.invalid("file", "只能上传JPG或PNG格式的照片");
    }
}
