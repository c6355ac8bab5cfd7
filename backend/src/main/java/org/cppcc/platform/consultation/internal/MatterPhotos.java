package org.cppcc.platform.consultation.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.cppcc.platform.consultation.PhotoUpload;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.storage.FileStorage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Photos of matters and progress reports: every photo is checked first, then stored outside the database;
 * when the transaction rolls back the stored files are removed again.
 */
@Component
class MatterPhotos {

    static final String AREA = "consultation";

    private final MatterPhotoCheck check;
    private final FileStorage storage;
    private final ConsultationMapper mapper;
    private final ApplicationEventPublisher events;

    MatterPhotos(
            MatterPhotoCheck check, FileStorage storage, ConsultationMapper mapper, ApplicationEventPublisher events) {
        this.check = check;
        this.storage = storage;
        this.mapper = mapper;
        this.events = events;
    }

    /** A file stored in the current transaction: removed again if it rolls back. */
    record PhotoStored(String storageKey) {}

    /** Checks all photos before anything is stored: a bad one refuses the whole request. */
    List<MatterPhotoCheck.CheckedPhoto> check(List<PhotoUpload> photos) {
        List<PhotoUpload> given = photos == null ? List.of() : photos;
        if (given.size() > check.maxCount()) {
            throw ApiException.invalid("photos", "照片不能超过" + check.maxCount() + "张");
        }
        List<MatterPhotoCheck.CheckedPhoto> checked = new ArrayList<>();
        for (PhotoUpload photo : given) {
            checked.add(check.check(photo, "photos"));
        }
        return checked;
    }

    void store(long matterId, Long progressId, List<MatterPhotoCheck.CheckedPhoto> photos, LocalDateTime now) {
        for (MatterPhotoCheck.CheckedPhoto photo : photos) {
            String key = storage.store(AREA, new ByteArrayInputStream(photo.content()));
            events.publishEvent(new PhotoStored(key));
            PhotoRecord record = new PhotoRecord();
            record.matterId = matterId;
            record.progressId = progressId;
            record.contentType = photo.contentType();
            record.sizeBytes = photo.content().length;
            record.width = photo.width();
            record.height = photo.height();
            record.storageKey = key;
            record.uploadedAt = now;
            mapper.insertPhoto(record);
        }
    }

    InputStream open(PhotoRecord photo) {
        return storage.open(photo.storageKey);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK)
    void removeOnRollback(PhotoStored photo) {
        storage.delete(photo.storageKey());
    }
}
