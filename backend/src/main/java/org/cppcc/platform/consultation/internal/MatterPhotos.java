package org.cppcc.platform.consultation.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.cppcc.platform.consultation.PhotoUpload;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.photo.CheckedPhoto;
import org.cppcc.platform.shared.photo.PhotoCheck;
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

    private final PhotoCheck check;
    private final int maxCount;
    private final FileStorage storage;
    private final ConsultationMapper mapper;
    private final ApplicationEventPublisher events;

    MatterPhotos(
            ConsultationSettings settings,
            FileStorage storage,
            ConsultationMapper mapper,
            ApplicationEventPublisher events) {
        this.check = new PhotoCheck(settings.photos().limits());
        this.maxCount = settings.photos().maxCount();
        this.storage = storage;
        this.mapper = mapper;
        this.events = events;
    }

    /** A file stored in the current transaction: removed again if it rolls back. */
    record PhotoStored(String storageKey) {}

    /** Checks all photos before anything is stored: a bad one refuses the whole request. */
    List<CheckedPhoto> check(List<PhotoUpload> photos) {
        List<PhotoUpload> given = photos == null ? List.of() : photos;
        if (given.size() > maxCount) {
            throw ApiException.invalid("photos", "照片不能超过" + maxCount + "张");
        }
        List<CheckedPhoto> checked = new ArrayList<>();
        for (PhotoUpload photo : given) {
            checked.add(check.check(photo.content(), "photos"));
        }
        return checked;
    }

    void store(long matterId, Long progressId, List<CheckedPhoto> photos, LocalDateTime now) {
        for (CheckedPhoto photo : photos) {
            String key = storage.store(AREA, new ByteArrayInputStream(photo.content()));
            events.publishEvent(new PhotoStored(key));
            PhotoRow record = new PhotoRow();
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

    InputStream open(PhotoRow photo) {
        return storage.open(photo.storageKey);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK)
    void removeOnRollback(PhotoStored photo) {
        storage.delete(photo.storageKey());
    }
}
