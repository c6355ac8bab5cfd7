package org.cppcc.platform.opinion.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.opinion.OpinionCategory;
import org.cppcc.platform.opinion.OpinionForms;
import org.cppcc.platform.opinion.OpinionSource;
import org.cppcc.platform.opinion.OpinionState;
import org.cppcc.platform.opinion.events.OpinionFacts;
import org.cppcc.platform.opinion.events.OpinionReportEvent;
import org.cppcc.platform.organisation.MemberProfile;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.OrganisationDirectory.MemberRef;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.web.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a 社情民意 report: lock the row, check the state, change it, write the history and publish the
 * event, all in the command's transaction. A second decision on the same report waits for the lock, then finds the
 * state moved and answers 409.
 */
@Service
class OpinionCommands {

    private static final String SYSTEM = "系统";

    private final OpinionMapper mapper;
    private final OrganisationDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OpinionCommands(
            OpinionMapper mapper, OrganisationDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    // --- the member -----------------------------------------------------------------------------------------------

    @Transactional
    long createDraft(PlatformUser member, OpinionForms.Draft form) {
        List<MemberRef> authors = authors(member, form.coAuthorMemberIds());
        ReportRow report = new ReportRow();
        report.title = form.title().strip();
        report.category = form.category();
        report.content = form.content().strip();
        report.state = OpinionState.DRAFT;
        report.source = OpinionSource.MEMBER;
        report.createdBy = member.id();
        report.createdAt = now();
        report.updatedAt = report.createdAt;
        mapper.insertReport(report);
        insertAuthors(report.id, authors);
        record(report.id, member, Role.MEMBER, "DRAFT", null, OpinionState.DRAFT, null);
        return report.id;
    }

    @Transactional
    void updateDraft(PlatformUser member, long id, OpinionForms.Draft form) {
        ReportRow report = lockOwnDraft(member, id);
        List<MemberRef> authors = authors(member, form.coAuthorMemberIds());
        report.title = form.title().strip();
        report.category = form.category();
        report.content = form.content().strip();
        report.updatedAt = now();
        if (mapper.updateDraft(report) != 1) {
            throw stateConflict(report.state);
        }
        // The report exists with its authors: this delete never lands on an empty range (STACK.md's gap-lock trap).
        mapper.deleteAuthors(id);
        insertAuthors(id, authors);
        record(id, member, Role.MEMBER, "UPDATE", OpinionState.DRAFT, OpinionState.DRAFT, null);
    }

    @Transactional
    void submit(PlatformUser member, long id) {
        ReportRow report = lockOwnDraft(member, id);
        if (mapper.submit(id, now()) != 1) {
            throw stateConflict(report.state);
        }
        record(id, member, Role.MEMBER, "SUBMIT", OpinionState.DRAFT, OpinionState.SUBMITTED, null);
        publish(
                mapper.findReport(id),
                member,
                Role.MEMBER,
                OpinionState.DRAFT,
                today(),
                f -> new OpinionReportEvent.Submitted(f, OpinionSource.MEMBER, null));
    }

    // --- conversions from proposals and matters ----------------------------------------------------------------

    /** What a conversion hands over; {@code authors} may be empty (a workstation's report no member signed). */
    record Conversion(
            OpinionSource source,
            long sourceId,
            String sourceLabel,
            String title,
            OpinionCategory category,
            String content,
            List<MemberRef> authors,
            Long actorAccountId,
            String actorName,
            Role actorRole,
            String comment) {}

    /**
     * Creates the report of a converted proposal or triaged matter, straight to the office (待审核). Once per
     * source: a conversion delivered again finds its report and does nothing.
     */
    @Transactional
    Long convert(Conversion c) {
        if (mapper.reportOfSource(c.source(), c.sourceId()) != null) {
            return null;
        }
        ReportRow report = new ReportRow();
        report.title = Text.length(c.title()) <= 100 ? c.title() : c.title().substring(0, 99) + "…";
        report.category = c.category();
        report.content = c.content();
        report.state = OpinionState.SUBMITTED;
        report.source = c.source();
        report.sourceId = c.sourceId();
        report.sourceLabel = c.sourceLabel();
        report.createdBy = c.authors().isEmpty() ? null : c.authors().get(0).accountId();
        report.createdAt = now();
        report.submittedAt = report.createdAt;
        report.updatedAt = report.createdAt;
        mapper.insertReport(report);
        insertAuthors(report.id, c.authors());
        mapper.insertHistory(
                report.id,
                c.actorAccountId(),
                c.actorName() == null ? SYSTEM : c.actorName(),
                c.actorRole() == null ? null : c.actorRole().name(),
                "CONVERT",
                null,
                OpinionState.SUBMITTED,
                c.source().label() + "：" + c.sourceLabel() + (c.comment() == null ? "" : "。" + c.comment()),
                now());
        publishAs(
                report,
                c.actorAccountId(),
                c.actorRole(),
                OpinionState.SUBMITTED,
                today(),
                f -> new OpinionReportEvent.Submitted(f, c.source(), c.sourceId()));
        return report.id;
    }

    // --- the office --------------------------------------------------------------------------------------------

    @Transactional
    void edit(PlatformUser office, long id, OpinionForms.Edit form) {
        ReportRow report = lock(id);
        requireState(report, OpinionState.SUBMITTED);
        mapper.editText(id, form.title().strip(), form.content().strip(), now());
        record(id, office, Role.PROPOSAL_OFFICE, "EDIT", report.state, report.state, "编辑加工了标题和正文，原稿保留");
        publish(
                mapper.findReport(id),
                office,
                Role.PROPOSAL_OFFICE,
                report.state,
                today(),
                OpinionReportEvent.Edited::new);
    }

    @Transactional
    void decide(PlatformUser office, long id, OpinionForms.Decision form) {
        String comment = Text.blankToNull(form.comment());
        if (!form.adopt() && comment == null) {
            throw ApiException.invalid("comment", "不予采用须填写理由");
        }
        ReportRow report = lock(id);
        requireState(report, OpinionState.SUBMITTED);
        OpinionState to = form.adopt() ? OpinionState.ADOPTED : OpinionState.DECLINED;
        if (mapper.decide(id, to, comment, now()) != 1) {
            throw stateConflict(report.state);
        }
        record(id, office, Role.PROPOSAL_OFFICE, form.adopt() ? "ADOPT" : "DECLINE", report.state, to, comment);
        publish(
                mapper.findReport(id),
                office,
                Role.PROPOSAL_OFFICE,
                report.state,
                today(),
                f -> form.adopt()
                        ? new OpinionReportEvent.Adopted(f, comment)
                        : new OpinionReportEvent.Declined(f, comment));
    }

    @Transactional
    long sendUpward(PlatformUser office, long id, OpinionForms.Sending form) {
        String recipient = form.recipient().strip();
        String note = Text.blankToNull(form.note());
        return followUp(
                office,
                id,
                Rows.FollowUpKind.SENT,
                recipient,
                form.sentOn(),
                "sentOn",
                note,
                "报送" + recipient + (note == null ? "" : "：" + note),
                OpinionState.SENT_UPWARD,
                (f, followUpId) -> new OpinionReportEvent.SentUpward(f, followUpId, recipient, note));
    }

    @Transactional
    long instruct(PlatformUser office, long id, OpinionForms.Instruction form) {
        String leader = form.leader().strip();
        String text = form.text().strip();
        return followUp(
                office,
                id,
                Rows.FollowUpKind.INSTRUCTION,
                leader,
                form.instructedOn(),
                "instructedOn",
                text,
                leader + "批示：" + text,
                null,
                (f, followUpId) -> new OpinionReportEvent.Instructed(f, followUpId, leader, text));
    }

    @Transactional
    long use(PlatformUser office, long id, OpinionForms.Use form) {
        String usedBy = form.usedBy().strip();
        String description = form.description().strip();
        return followUp(
                office,
                id,
                Rows.FollowUpKind.USE,
                usedBy,
                form.usedOn(),
                "usedOn",
                description,
                usedBy + "采用：" + description,
                null,
                (f, followUpId) -> new OpinionReportEvent.Used(f, followUpId, usedBy, description));
    }

    interface FollowUpEvent {
        OpinionReportEvent of(OpinionFacts facts, long followUpId);
    }

    /** {@code to} null keeps the state (an instruction or use does not move an adopted report). */
    private long followUp(
            PlatformUser office,
            long id,
            Rows.FollowUpKind kind,
            String party,
            LocalDate on,
            String dateField,
            String text,
            String described,
            OpinionState to,
            FollowUpEvent event) {
        if (on.isAfter(today())) {
            throw ApiException.invalid(dateField, kind.label() + "日期不能晚于今天");
        }
        ReportRow report = lock(id);
        requireState(report, OpinionState.ADOPTED, OpinionState.SENT_UPWARD);
        OpinionState target = to == null ? report.state : to;
        if (mapper.countFollowUp(id, kind, target, now()) != 1) {
            throw stateConflict(report.state);
        }
        OpinionMapper.GeneratedKey key = new OpinionMapper.GeneratedKey();
        mapper.insertFollowUp(id, kind, party, on, text, office.id(), office.displayName(), now(), key);
        record(id, office, Role.PROPOSAL_OFFICE, kind.name(), report.state, target, on + " " + described);
        long followUpId = key.id;
        publish(mapper.findReport(id), office, Role.PROPOSAL_OFFICE, report.state, on, f -> event.of(f, followUpId));
        return followUpId;
    }

    // --- support ---------------------------------------------------------------------------------------------------

    private ReportRow lock(long id) {
        ReportRow report = mapper.lockReport(id);
        if (report == null) {
            throw ApiException.notFound("社情民意信息");
        }
        return report;
    }

    private ReportRow lockOwnDraft(PlatformUser member, long id) {
        ReportRow report = lock(id);
        if (!Objects.equals(report.createdBy, member.id()) || report.source != OpinionSource.MEMBER) {
            throw ApiException.notFound("社情民意信息");
        }
        requireState(report, OpinionState.DRAFT);
        return report;
    }

    private static void requireState(ReportRow report, OpinionState... allowed) {
        for (OpinionState state : allowed) {
            if (report.state == state) {
                return;
            }
        }
        throw stateConflict(report.state);
    }

    static ApiException stateConflict(OpinionState current) {
        return new ApiException(ErrorCode.STATE_CONFLICT, "该信息当前状态为「" + current.label() + "」，不能进行此操作");
    }

    /** The writer as lead author, then the co-authors, each an enabled member other than the writer. */
    private List<MemberRef> authors(PlatformUser writer, List<Long> coAuthorIds) {
        MemberProfile profile = directory
                .memberOfAccount(writer.id())
                .orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, "只有政协委员可以撰写社情民意信息"));
        MemberRef lead = directory
                .member(profile.id())
                .orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, "只有政协委员可以撰写社情民意信息"));
        List<MemberRef> authors = new ArrayList<>(List.of(lead));
        Set<Long> seen = new LinkedHashSet<>(List.of(lead.id()));
        for (Long coAuthorId : coAuthorIds == null ? List.<Long>of() : coAuthorIds) {
            if (coAuthorId == null || !seen.add(coAuthorId)) {
                throw ApiException.invalid("coAuthorMemberIds", "联名委员不能重复，也不能是本人");
            }
            authors.add(directory
                    .member(coAuthorId)
                    .orElseThrow(() -> ApiException.invalid("coAuthorMemberIds", "联名委员不存在或已离任")));
        }
        return authors;
    }

    private void insertAuthors(long reportId, List<MemberRef> authors) {
        int seq = 0;
        for (MemberRef a : authors) {
            mapper.insertAuthor(
                    new Rows.Author(reportId, seq++, a.id(), a.name(), a.accountId(), a.sectorId(), a.sectorName()));
        }
    }

    private void record(
            long id, PlatformUser actor, Role role, String action, OpinionState from, OpinionState to, String comment) {
        mapper.insertHistory(id, actor.id(), actor.displayName(), role.name(), action, from, to, comment, now());
    }

    private void publish(
            ReportRow report,
            PlatformUser actor,
            Role role,
            OpinionState from,
            LocalDate date,
            Function<OpinionFacts, ? extends OpinionReportEvent> event) {
        publishAs(report, actor.id(), role, from, date, event);
    }

    private void publishAs(
            ReportRow report,
            Long actorAccountId,
            Role role,
            OpinionState from,
            LocalDate date,
            Function<OpinionFacts, ? extends OpinionReportEvent> event) {
        List<Rows.Author> authors = mapper.authors(report.id);
        events.publishEvent(event.apply(new OpinionFacts(
                UUID.randomUUID(),
                report.id,
                report.title,
                report.category.name(),
                report.state,
                from,
                authors.stream().map(Rows.Author::memberId).toList(),
                authors.stream()
                        .map(Rows.Author::accountId)
                        .filter(Objects::nonNull)
                        .toList(),
                actorAccountId,
                actorAccountId == null ? null : role,
                date,
                now())));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
