package org.cppcc.platform.duty.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.duty.ActivityKind;
import org.cppcc.platform.duty.events.DutyEvent;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.OrganisationNames;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities (全体会议、常委会、视察、调研、培训): the office creates and invites, members answer and sign in on the day
 * by scanning the QR code shown at the venue. Signing in is what counts in the record.
 */
@Component
class ActivityCommands {

    /** The code may be shown and scanned from half an hour before the start until the end. */
    static final Duration EARLY = Duration.ofMinutes(30);
    /** One code is good for a few minutes: the venue's screen refreshes it, a forwarded photo soon stops working. */
    static final Duration CODE_LIFE = Duration.ofMinutes(10);

    private final DutyStore store;
    private final DutyAccess access;
    private final OrganisationDirectory directory;
    private final OrganisationNames names;
    private final EntryRecorder recorder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityCommands(
            DutyStore store,
            DutyAccess access,
            OrganisationDirectory directory,
            OrganisationNames names,
            EntryRecorder recorder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.directory = directory;
        this.names = names;
        this.recorder = recorder;
        this.events = events;
        this.clock = clock;
    }

    record InvitationView(
            long memberId,
            String memberName,
            String answer,
            String leaveReason,
            LocalDateTime answeredAt,
            LocalDateTime signedInAt) {}

    record ActivityView(
            long id,
            ActivityKind kind,
            String title,
            String place,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String description,
            int invited,
            int attending,
            int onLeave,
            int signedIn,
            boolean signInOpen,
            InvitationView mine,
            List<InvitationView> invitations) {}

    @Transactional
    long create(PlatformUser actor, DutyForms.NewActivity form) {
        if (!form.endsAt().isAfter(form.startsAt())) {
            throw ApiException.invalid("endsAt", "结束时间必须晚于开始时间");
        }
        ActivityRow row = new ActivityRow();
        row.kind = form.kind().name();
        row.title = form.title().strip();
        row.place = form.place().strip();
        row.startsAt = form.startsAt();
        row.endsAt = form.endsAt();
        row.description = form.description() == null ? null : form.description().strip();
        row.createdBy = actor.id();
        row.createdAt = access.now();
        row.signInKey = SignInTokens.newKey();
        store.insertActivity(row);
        store.insertActivityHistory(
                row.id, null, "CREATED", form.kind().label() + "：" + row.title, actor.id(), row.createdAt);
        invite(actor, row, form.memberIds());
        return row.id;
    }

    @Transactional
    void addInvitees(PlatformUser actor, long activityId, DutyForms.Invitees form) {
        ActivityRow row = activity(activityId);
        if (!access.now().isBefore(row.endsAt)) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "活动已结束，不能再邀请");
        }
        invite(actor, row, form.memberIds());
    }

    private void invite(PlatformUser actor, ActivityRow row, List<Long> memberIds) {
        Set<Long> already = new LinkedHashSet<>();
        for (DutyStore.InvitationRow i : store.invitations(row.id)) {
            already.add(i.memberId());
        }
        List<Long> accounts = new ArrayList<>();
        for (Long memberId : new LinkedHashSet<>(memberIds)) {
            if (memberId == null || already.contains(memberId)) {
                continue;
            }
            OrganisationDirectory.MemberRef member = directory
                    .member(memberId)
                    .orElseThrow(() -> ApiException.invalid("memberIds", "受邀委员不存在：" + memberId));
            store.insertInvitation(row.id, memberId);
            store.insertActivityHistory(row.id, memberId, "INVITED", member.name(), actor.id(), access.now());
            if (member.accountId() != null) {
                accounts.add(member.accountId());
            }
        }
        if (!accounts.isEmpty()) {
            ActivityKind kind = ActivityKind.valueOf(row.kind);
            events.publishEvent(new DutyEvent.ActivityInvited(
                    UUID.randomUUID(), row.id, kind.label(), row.title, row.place, row.startsAt, accounts, actor.id()));
        }
    }

    @Transactional
    void answer(PlatformUser actor, long activityId, DutyForms.Answer form) {
        long memberId = access.ownMember(actor);
        ActivityRow row = activity(activityId);
        invitationOf(row.id, memberId);
        if (!access.now().isBefore(row.endsAt)) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "活动已结束，不能再回复");
        }
        String reason = form.reason() == null ? null : form.reason().strip();
        if (!form.attend() && (reason == null || reason.isEmpty())) {
            throw ApiException.invalid("reason", "请假请填写原因");
        }
        String answer = form.attend() ? "ATTEND" : "LEAVE";
        store.answer(row.id, memberId, answer, form.attend() ? null : reason, access.now());
        store.insertActivityHistory(
                row.id, memberId, answer, form.attend() ? "参加" : "请假：" + reason, actor.id(), access.now());
    }

    record SignInCode(String token, String url, String qrPng, LocalDateTime expiresAt) {}

    SignInCode code(long activityId, String baseUrl) {
        ActivityRow row = activity(activityId);
        LocalDateTime now = access.now();
        requireOpen(row, now);
        LocalDateTime expires = now.plus(CODE_LIFE).isBefore(row.endsAt) ? now.plus(CODE_LIFE) : row.endsAt;
        String token = SignInTokens.issue(
                signInKey(row), row.id, expires.atZone(zone()).toInstant());
        String url = baseUrl + "/duty/sign-in?activity=" + row.id + "&token=" + token;
        return new SignInCode(token, url, QrCodes.pngDataUrl(url, 360), expires);
    }

    @Transactional
    InvitationView signIn(PlatformUser actor, long activityId, DutyForms.SignIn form) {
        long memberId = access.ownMember(actor);
        ActivityRow row = activity(activityId);
        LocalDateTime now = access.now();
        if (!SignInTokens.valid(
                signInKey(row), form.token(), row.id, now.atZone(zone()).toInstant())) {
            throw ApiException.invalid("token", "签到码无效或已过期，请重新扫描现场二维码");
        }
        requireOpen(row, now);
        invitationOf(row.id, memberId);
        if (store.signIn(row.id, memberId, now) == 1) {
            store.insertActivityHistory(row.id, memberId, "SIGNED_IN", "扫码签到", actor.id(), now);
            ActivityKind kind = ActivityKind.valueOf(row.kind);
            recorder.record(
                    memberId,
                    kind.entryKind(),
                    row.startsAt.toLocalDate(),
                    kind.label() + "：" + row.title,
                    "activity:" + row.id,
                    true,
                    "SIGN_IN");
        }
        return view(store.invitation(row.id, memberId), Map.of());
    }

    List<ActivityView> list(PlatformUser actor) {
        if (DutyAccess.staff(actor)) {
            return store.activities().stream().map(a -> view(a, null, false)).toList();
        }
        long memberId = access.ownMember(actor);
        return store.activitiesOf(memberId).stream()
                .map(a -> view(a, memberId, false))
                .toList();
    }

    ActivityView detail(PlatformUser actor, long activityId) {
        ActivityRow row = activity(activityId);
        if (DutyAccess.staff(actor)) {
            return view(row, null, true);
        }
        long memberId = access.ownMember(actor);
        invitationOf(row.id, memberId);
        return view(row, memberId, false);
    }

    private ActivityView view(ActivityRow a, Long memberId, boolean withInvitations) {
        List<DutyStore.InvitationRow> invitations = store.invitations(a.id);
        int attending = 0;
        int leave = 0;
        int signed = 0;
        InvitationView mine = null;
        for (DutyStore.InvitationRow i : invitations) {
            attending += "ATTEND".equals(i.answer()) ? 1 : 0;
            leave += "LEAVE".equals(i.answer()) ? 1 : 0;
            signed += i.signedInAt() != null ? 1 : 0;
            if (memberId != null && i.memberId() == memberId) {
                mine = view(i, Map.of());
            }
        }
        List<InvitationView> list = List.of();
        if (withInvitations) {
            Map<Long, String> memberNames = names.members(
                    invitations.stream().map(DutyStore.InvitationRow::memberId).toList());
            list = invitations.stream().map(i -> view(i, memberNames)).toList();
        }
        LocalDateTime now = access.now();
        boolean open = !now.isBefore(a.startsAt.minus(EARLY)) && now.isBefore(a.endsAt);
        return new ActivityView(
                a.id,
                ActivityKind.valueOf(a.kind),
                a.title,
                a.place,
                a.startsAt,
                a.endsAt,
                a.description,
                invitations.size(),
                attending,
                leave,
                signed,
                open,
                mine,
                list);
    }

    private static InvitationView view(DutyStore.InvitationRow i, Map<Long, String> memberNames) {
        return new InvitationView(
                i.memberId(),
                memberNames.get(i.memberId()),
                i.answer(),
                i.leaveReason(),
                i.answeredAt(),
                i.signedInAt());
    }

    private void requireOpen(ActivityRow row, LocalDateTime now) {
        if (now.isBefore(row.startsAt.minus(EARLY))) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "活动开始前半小时才能签到");
        }
        if (!now.isBefore(row.endsAt)) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "活动已结束，不能签到");
        }
    }

    private DutyStore.InvitationRow invitationOf(long activityId, long memberId) {
        DutyStore.InvitationRow i = store.invitation(activityId, memberId);
        if (i == null) {
            throw new ApiException(ErrorCode.FORBIDDEN, "您未受邀参加此活动");
        }
        return i;
    }

    private ActivityRow activity(long id) {
        ActivityRow row = store.activity(id);
        if (row == null) {
            throw ApiException.notFound("活动");
        }
        return row;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private String signInKey(ActivityRow row) {
        if (row.signInKey == null) {
            store.fillSignInKey(row.id, SignInTokens.newKey());
            row.signInKey = store.activity(row.id).signInKey;
        }
        return row.signInKey;
    }
}
