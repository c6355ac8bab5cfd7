package org.cppcc.platform.supervision.internal;

import static org.cppcc.platform.supervision.internal.SupervisionSupport.officeOrLeader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.ProposalBrief;
import org.cppcc.platform.proposal.SupervisionAct;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.photo.CheckedPhoto;
import org.cppcc.platform.shared.photo.PhotoCheck;
import org.cppcc.platform.shared.storage.FileStorage;
import org.cppcc.platform.supervision.events.SupervisionEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Site visits (实地督办) and look-back reviews (回头看) by the office or a leader, with their photos. */
@Service
class VisitCommands {

    private static final String AREA = "supervision";

    private final SupervisionSupport support;
    private final SupervisionStore store;
    private final FileStorage storage;
    private final PhotoCheck check;
    private final int maxPhotos;

    VisitCommands(
            SupervisionSupport support, SupervisionStore store, FileStorage storage, SupervisionProperties properties) {
        this.support = support;
        this.store = store;
        this.storage = storage;
        this.check = new PhotoCheck(properties.photos().limits());
        this.maxPhotos = properties.photos().maxCount();
    }

    @Transactional
    long recordVisit(PlatformUser actor, long proposalId, SupervisionForms.Visit form) {
        Role role = officeOrLeader(actor);
        ProposalBrief proposal = support.registeredProposal(actor, proposalId);
        if (form.visitDate().isAfter(support.today())) {
            throw ApiException.invalid("visitDate", "日期不能晚于今天");
        }
        VisitRow visit = new VisitRow();
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
        support.events.publish(
                proposal.id(),
                actor,
                role,
                f -> new SupervisionEvent.VisitRecorded(
                        f,
                        visit.id,
                        form.kind() == SupervisionForms.VisitKind.LOOK_BACK,
                        visit.visitDate,
                        visit.place));
        return visit.id;
    }

    /** The photo is checked and encoded again before it is stored: what the camera wrote (EXIF location) goes. */
    @Transactional
    VisitPhotoRow addPhoto(PlatformUser actor, long visitId, MultipartFile file) {
        officeOrLeader(actor);
        VisitRow visit = store.visit(visitId);
        if (visit == null || !support.proposals.canView(actor, visit.proposalId)) {
            throw ApiException.notFound("督办记录");
        }
        if (file == null || file.isEmpty()) {
            throw ApiException.invalid("file", "请选择要上传的照片");
        }
        if (store.photoCount(visitId) >= maxPhotos) {
            throw ApiException.invalid("file", "每次督办最多上传" + maxPhotos + "张照片");
        }
        CheckedPhoto checked;
        try {
            checked = check.check(file.getBytes(), "file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getOriginalFilename() == null
                ? "photo"
                : file.getOriginalFilename().replaceAll("[\\\\/]", "_");
        VisitPhotoRow photo = new VisitPhotoRow();
        photo.visitId = visitId;
        photo.fileName = name.length() > 200 ? name.substring(name.length() - 200) : name;
        photo.contentType = checked.contentType();
        photo.sizeBytes = checked.content().length;
        photo.storageKey = storage.store(AREA, new ByteArrayInputStream(checked.content()));
        photo.uploadedBy = actor.id();
        photo.uploadedAt = support.now();
        store.insertPhoto(photo);
        return photo;
    }

    VisitPhotoRow photo(PlatformUser viewer, long visitId, long photoId) {
        VisitPhotoRow photo = store.photo(photoId);
        VisitRow visit = store.visit(visitId);
        if (photo == null
                || visit == null
                || photo.visitId != visitId
                || !support.proposals.canView(viewer, visit.proposalId)) {
            throw ApiException.notFound("照片");
        }
        return photo;
    }

    InputStream open(VisitPhotoRow photo) {
        return storage.open(photo.storageKey);
    }
}
