package org.cppcc.platform.organisation.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.cppcc.platform.organisation.CommitteeSession;
import org.cppcc.platform.organisation.SessionDeadlines;
import org.cppcc.platform.organisation.internal.OrganisationHistory.Subject;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions kept by the administrator or the proposal office: created with the platform's default deadlines,
 * edited, opened for new proposals (one at a time) and closed. Closing only stops new drafts: proposals already
 * in the session go on to the end of their lifecycle.
 */
@Service
class Sessions {

    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final SessionMapper sessions;
    private final OrganisationHistory history;
    private final SessionDeadlines defaults;
    private final Clock clock;

    Sessions(SessionMapper sessions, OrganisationHistory history, SessionDeadlines defaults, Clock clock) {
        this.sessions = sessions;
        this.history = history;
        this.defaults = defaults;
        this.clock = clock;
    }

    List<SessionView> all() {
        return sessions.all().stream()
                .map(row -> SessionView.of(row.toSession(defaults)))
                .toList();
    }

    SessionView get(long id) {
        return SessionView.of(require(id).toSession(defaults));
    }

    CommitteeSession current() {
        SessionRow row = sessions.current();
        return row == null ? null : row.toSession(defaults);
    }

    CommitteeSession session(long id) {
        SessionRow row = sessions.find(id);
        return row == null ? null : row.toSession(defaults);
    }

    /** The defaults a new session's form starts from. */
    SessionView blank() {
        LocalDate today = LocalDate.now(clock);
        SessionRow row = new SessionRow();
        row.id = 0L;
        row.openedOn = today;
        row.name = "";
        return SessionView.of(row.toSession(defaults));
    }

    @Transactional
    SessionView create(SessionForm form) {
        checkUnique(form, null);
        SessionRow row = new SessionRow();
        apply(form, row);
        // Store the defaults now, so that a later change of application.yml does not move this session's deadlines.
        row.cosignWorkingDays = defaults.cosign().count();
        row.signOffWorkingDays = defaults.signOff().count();
        row.contactWorkingDays = defaults.contact().count();
        row.replyTerm = defaults.reply().iso();
        row.evaluationWorkingDays = defaults.evaluation().count();
        row.maxExtensionMonths = defaults.maxExtensionMonths();
        applyDeadlines(form, row);
        row.current = false;
        row.createdAt = now();
        row.updatedAt = row.createdAt;
        sessions.insert(row);
        history.record(Subject.SESSION, row.id, "CREATED", describe(row));
        return get(row.id);
    }

    @Transactional
    SessionView update(long id, SessionForm form) {
        SessionRow row = lock(id);
        if (row.closedAt != null) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "会议「" + row.name + "」已结束，不能再修改");
        }
        checkUnique(form, id);
        String before = describe(row);
        apply(form, row);
        applyDeadlines(form, row);
        row.updatedAt = now();
        sessions.update(row);
        String after = describe(row);
        if (!after.equals(before)) {
            history.record(Subject.SESSION, id, "UPDATED", after);
        }
        return get(id);
    }

    /** Makes this session the one that takes new proposals; another one taking them must be closed first. */
    @Transactional
    SessionView open(long id) {
        List<Long> accepting = sessions.lockAccepting();
        SessionRow row = lock(id);
        if (row.closedAt != null) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "会议「" + row.name + "」已结束，不能再开放提案");
        }
        if (row.current) {
            return get(id);
        }
        if (!accepting.isEmpty()) {
            SessionRow other = sessions.find(accepting.get(0));
            throw new ApiException(ErrorCode.STATE_CONFLICT, "会议「" + other.name + "」正在征集提案，请先结束该会议的提案征集");
        }
        row.current = true;
        row.updatedAt = now();
        sessions.update(row);
        history.record(Subject.SESSION, id, "OPENED", "开放提案征集");
        return get(id);
    }

    /** No new drafts from now on; proposals already in the session go on. */
    @Transactional
    SessionView close(long id) {
        SessionRow row = lock(id);
        if (row.closedAt != null) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "会议「" + row.name + "」已经结束");
        }
        row.current = false;
        row.closedAt = now();
        row.updatedAt = row.closedAt;
        sessions.update(row);
        history.record(Subject.SESSION, id, "CLOSED", "结束提案征集，已提交的提案继续办理");
        return get(id);
    }

    List<HistoryMapper.HistoryView> history(long id) {
        require(id);
        return history.of(Subject.SESSION, id);
    }

    private void apply(SessionForm form, SessionRow row) {
        checkDates(form);
        row.term = form.term();
        row.meeting = form.meeting();
        String name = blankToNull(form.name());
        row.name = name != null ? name : defaultName(form.term(), form.meeting());
        row.openedOn = form.openedOn();
        row.plenaryStart = form.plenaryStart();
        row.plenaryEnd = form.plenaryEnd();
        row.plenaryProposalsUntil = form.plenaryProposalsUntil();
        row.cosignDeadline = form.cosignDeadline();
    }

    /** The deadlines the form gives; one left empty keeps what the session has (on creation: the default). */
    private static void applyDeadlines(SessionForm form, SessionRow row) {
        row.cosignWorkingDays = given(form.cosignWorkingDays(), row.cosignWorkingDays);
        row.signOffWorkingDays = given(form.signOffWorkingDays(), row.signOffWorkingDays);
        row.contactWorkingDays = given(form.contactWorkingDays(), row.contactWorkingDays);
        row.replyTerm = given(blankToNull(form.replyTerm()), row.replyTerm);
        row.evaluationWorkingDays = given(form.evaluationWorkingDays(), row.evaluationWorkingDays);
        row.maxExtensionMonths = given(form.maxExtensionMonths(), row.maxExtensionMonths);
    }

    private static <T> T given(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private static void checkDates(SessionForm form) {
        if (form.plenaryStart() != null
                && form.plenaryEnd() != null
                && form.plenaryEnd().isBefore(form.plenaryStart())) {
            throw ApiException.invalid("plenaryEnd", "大会闭幕日期不能早于开幕日期");
        }
        if (form.plenaryProposalsUntil() != null
                && form.openedOn() != null
                && form.plenaryProposalsUntil().isBefore(form.openedOn())) {
            throw ApiException.invalid("plenaryProposalsUntil", "大会提案截止日期不能早于提案征集开始日期");
        }
        if (form.cosignDeadline() != null
                && form.openedOn() != null
                && form.cosignDeadline().isBefore(form.openedOn())) {
            throw ApiException.invalid("cosignDeadline", "联名截止日期不能早于提案征集开始日期");
        }
    }

    private void checkUnique(SessionForm form, Long id) {
        if (sessions.taken(form.term(), form.meeting(), id)) {
            throw ApiException.duplicate("meeting", "「" + defaultName(form.term(), form.meeting()) + "」会议已存在");
        }
    }

    /** 五届三次 for term 5, meeting 3. */
    static String defaultName(int term, int meeting) {
        return chinese(term) + "届" + chinese(meeting) + "次";
    }

    private static String chinese(int n) {
        if (n < 10) {
            return NUMERALS[n];
        }
        String tens = n / 10 == 1 ? "十" : NUMERALS[n / 10] + "十";
        return tens + NUMERALS[n % 10];
    }

    private static String describe(SessionRow r) {
        return String.join(
                "；",
                "名称：" + r.name,
                "提案征集开始：" + Objects.toString(r.openedOn, "未定"),
                "大会：" + Objects.toString(r.plenaryStart, "未定") + "至" + Objects.toString(r.plenaryEnd, "未定"),
                "大会提案截止：" + Objects.toString(r.plenaryProposalsUntil, "未定"),
                "联名截止：" + Objects.toString(r.cosignDeadline, "按工作日计"),
                "联名期限：" + Objects.toString(r.cosignWorkingDays, "默认") + "个工作日",
                "签收期限：" + Objects.toString(r.signOffWorkingDays, "默认") + "个工作日",
                "办前沟通期限：" + Objects.toString(r.contactWorkingDays, "默认") + "个工作日",
                "答复期限：" + Objects.toString(r.replyTerm, "默认"),
                "评价期限：" + Objects.toString(r.evaluationWorkingDays, "默认") + "个工作日",
                "延期上限：" + Objects.toString(r.maxExtensionMonths, "默认") + "个月");
    }

    private SessionRow require(long id) {
        SessionRow row = sessions.find(id);
        if (row == null) {
            throw ApiException.notFound("会议");
        }
        return row;
    }

    private SessionRow lock(long id) {
        SessionRow row = sessions.lock(id);
        if (row == null) {
            throw ApiException.notFound("会议");
        }
        return row;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
