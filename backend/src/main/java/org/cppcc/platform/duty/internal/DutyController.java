package org.cppcc.platform.duty.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jakarta.validation.Valid;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.duty.DutyRecords;
import org.cppcc.platform.duty.EntryKind;
import org.cppcc.platform.shared.error.ApiException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/duty")
class DutyController {

    private final RecordQueries records;
    private final DutyAccess access;
    private final DutyStore store;
    private final EntryCommands entries;
    private final RuleCommands rules;
    private final DiaryCommands diary;
    private final ActivityCommands activities;
    private final DutyBackfill backfill;

    DutyController(
            RecordQueries records,
            DutyAccess access,
            DutyStore store,
            EntryCommands entries,
            RuleCommands rules,
            DiaryCommands diary,
            ActivityCommands activities,
            DutyBackfill backfill) {
        this.records = records;
        this.access = access;
        this.store = store;
        this.entries = entries;
        this.rules = rules;
        this.diary = diary;
        this.activities = activities;
        this.backfill = backfill;
    }

    // --- records

    @GetMapping("/my-record")
    DutyRecords.YearRecord myRecord(@RequestParam(required = false) Integer year) {
        PlatformUser user = CurrentUser.require();
        return record(user, access.ownMember(user), year);
    }

    @GetMapping("/members/{memberId}/record")
    DutyRecords.YearRecord memberRecord(@PathVariable long memberId, @RequestParam(required = false) Integer year) {
        return record(CurrentUser.require(), memberId, year);
    }

    private DutyRecords.YearRecord record(PlatformUser user, long memberId, Integer year) {
        access.requireReadable(user, memberId);
        return records.record(memberId, access.year(year)).orElseThrow(() -> ApiException.notFound("委员"));
    }

    @GetMapping("/rankings")
    RecordQueries.Ranking ranking(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long sectorId,
            @RequestParam(required = false) String committee) {
        return records.ranking(access.year(year), sectorId, committee);
    }

    @PostMapping("/members/{memberId}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> addEntry(@PathVariable long memberId, @Valid @RequestBody DutyForms.NewEntry form) {
        return Map.of("id", entries.add(CurrentUser.require(), memberId, form));
    }

    @PutMapping("/entries/{entryId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void correctEntry(@PathVariable long entryId, @Valid @RequestBody DutyForms.Correction form) {
        entries.correct(CurrentUser.require(), entryId, form);
    }

    @GetMapping("/entries/{entryId}/history")
    List<DutyStore.EntryChange> entryHistory(@PathVariable long entryId) {
        if (store.entry(entryId) == null) {
            throw ApiException.notFound("履职记录");
        }
        return store.entryHistory(entryId);
    }

    @PostMapping("/backfill")
    Map<String, Integer> runBackfill() {
        return Map.of("added", backfill.run());
    }

    // --- rules

    record RuleView(EntryKind kind, String label, int points, Integer yearlyCap) {}

    record RulesView(List<RuleView> rules, List<DutyStore.RuleChange> history) {}

    @GetMapping("/rules")
    RulesView rules() {
        Map<EntryKind, PointsPolicy.Rule> current = records.rules();
        List<RuleView> list = Arrays.stream(EntryKind.values())
                .map(k -> {
                    PointsPolicy.Rule r = current.get(k);
                    return new RuleView(k, k.label(), r == null ? 0 : r.points(), r == null ? null : r.yearlyCap());
                })
                .toList();
        return new RulesView(list, store.ruleHistory());
    }

    @PutMapping("/rules")
    Map<String, Integer> updateRules(@Valid @RequestBody DutyForms.Rules form) {
        return Map.of("changed", rules.update(CurrentUser.require(), form));
    }

    // --- diary

    @GetMapping("/my-diary")
    List<DiaryCommands.DiaryView> myDiary() {
        PlatformUser user = CurrentUser.require();
        return diary.diary(user, access.ownMember(user));
    }

    @GetMapping("/members/{memberId}/diary")
    List<DiaryCommands.DiaryView> memberDiary(@PathVariable long memberId) {
        return diary.diary(CurrentUser.require(), memberId);
    }

    @PostMapping(value = "/my-diary", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> writeDiary(
            @RequestParam(required = false) LocalDate entryDate,
            @RequestParam(required = false) String content,
            @RequestPart(name = "photos", required = false) List<MultipartFile> photos) {
        return Map.of("id", diary.write(CurrentUser.require(), entryDate, content, photos));
    }

    @GetMapping("/diary-photos/{photoId}")
    ResponseEntity<InputStreamResource> diaryPhoto(@PathVariable long photoId) {
        DiaryCommands.Photo photo = diary.photo(CurrentUser.require(), photoId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .header("Cache-Control", "private, max-age=3600")
                .body(new InputStreamResource(photo.content()));
    }

    // --- activities

    @GetMapping("/activities")
    List<ActivityCommands.ActivityView> activities() {
        return activities.list(CurrentUser.require());
    }

    @GetMapping("/activities/{id}")
    ActivityCommands.ActivityView activity(@PathVariable long id) {
        return activities.detail(CurrentUser.require(), id);
    }

    @PostMapping("/activities")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> createActivity(@Valid @RequestBody DutyForms.NewActivity form) {
        return Map.of("id", activities.create(CurrentUser.require(), form));
    }

    @PostMapping("/activities/{id}/invitees")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void invite(@PathVariable long id, @Valid @RequestBody DutyForms.Invitees form) {
        activities.addInvitees(CurrentUser.require(), id, form);
    }

    @PostMapping("/activities/{id}/answer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answer(@PathVariable long id, @Valid @RequestBody DutyForms.Answer form) {
        activities.answer(CurrentUser.require(), id, form);
    }

    @GetMapping("/activities/{id}/sign-in-code")
    ActivityCommands.SignInCode signInCode(@PathVariable long id) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return activities.code(id, base);
    }

    @PostMapping("/activities/{id}/sign-in")
    ActivityCommands.InvitationView signIn(@PathVariable long id, @Valid @RequestBody DutyForms.SignIn form) {
        return activities.signIn(CurrentUser.require(), id, form);
    }
}
