package org.cppcc.platform.duty.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.photo.CheckedPhoto;
import org.cppcc.platform.shared.photo.PhotoCheck;
import org.cppcc.platform.shared.photo.PhotoLimits;
import org.cppcc.platform.shared.storage.FileStorage;
import org.cppcc.platform.shared.web.PlainText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The duty diary (履职日记): a member's own notes with photos. Photos go through the shared check, which
 * re-encodes them (dropping EXIF data such as where they were taken).
 */
@Component
class DiaryCommands {

    static final int MAX_PHOTOS = 9;
    /** The same limits as the workstations' photos: a phone picture fits, a poster-sized file does not. */
    static final PhotoLimits LIMITS = new PhotoLimits(10L * 1024 * 1024, 8000, 8000, 40_000_000L);

    private final DutyStore store;
    private final DutyAccess access;
    private final FileStorage storage;
    private final PhotoCheck check = new PhotoCheck(LIMITS);

    DiaryCommands(DutyStore store, DutyAccess access, FileStorage storage) {
        this.store = store;
        this.access = access;
        this.storage = storage;
    }

    record DiaryView(long id, LocalDate entryDate, String content, LocalDateTime createdAt, List<Long> photoIds) {}

    @Transactional
    long write(PlatformUser actor, LocalDate entryDate, String content, List<MultipartFile> photos) {
        long memberId = access.ownMember(actor);
        if (entryDate == null) {
            throw ApiException.invalid("entryDate", "请选择日期");
        }
        if (entryDate.isAfter(access.today())) {
            throw ApiException.invalid("entryDate", "日期不能晚于今天");
        }
        String text = content == null ? "" : content.strip();
        if (text.isEmpty()) {
            throw ApiException.invalid("content", "请填写日记内容");
        }
        if (text.length() > 5000) {
            throw ApiException.invalid("content", "日记内容不能超过5000个字符");
        }
        if (!new PlainText.Validator().isValid(text, null)) {
            throw ApiException.invalid("content", "日记内容不能包含HTML标签或脚本");
        }
        List<MultipartFile> files = photos == null
                ? List.of()
                : photos.stream().filter(f -> !f.isEmpty()).toList();
        if (files.size() > MAX_PHOTOS) {
            throw ApiException.invalid("photos", "每篇日记最多" + MAX_PHOTOS + "张照片");
        }
        List<CheckedPhoto> checked = new ArrayList<>();
        for (MultipartFile f : files) {
            try {
                checked.add(check.check(f.getBytes(), "photos"));
            } catch (IOException e) {
                throw ApiException.invalid("photos", "照片上传不完整，请重试");
            }
        }
        DiaryRow row = new DiaryRow();
        row.memberId = memberId;
        row.entryDate = entryDate;
        row.content = text;
        row.createdAt = access.now();
        store.insertDiary(row);
        for (CheckedPhoto p : checked) {
            String key = storage.store("duty", new ByteArrayInputStream(p.content()));
            store.insertDiaryPhoto(row.id, key, p.contentType(), row.createdAt);
        }
        return row.id;
    }

    List<DiaryView> diary(PlatformUser actor, long memberId) {
        access.requireReadable(actor, memberId);
        Map<Long, List<Long>> photos = new HashMap<>();
        for (DutyStore.PhotoRow p : store.diaryPhotos(memberId)) {
            photos.computeIfAbsent(p.diaryId(), k -> new ArrayList<>()).add(p.id());
        }
        return store.diary(memberId).stream()
                .map(d ->
                        new DiaryView(d.id, d.entryDate, d.content, d.createdAt, photos.getOrDefault(d.id, List.of())))
                .toList();
    }

    record Photo(String contentType, InputStream content) {}

    Photo photo(PlatformUser actor, long photoId) {
        DutyStore.PhotoRow p = store.diaryPhoto(photoId);
        if (p == null) {
            throw ApiException.notFound("照片");
        }
        access.requireReadable(actor, p.memberId());
        return new Photo(p.contentType(), storage.open(p.storageKey()));
    }
}
