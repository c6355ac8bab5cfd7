package org.cppcc.platform.opinion.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.opinion.OpinionCategory;
import org.cppcc.platform.opinion.OpinionSource;
import org.cppcc.platform.opinion.OpinionState;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members and the office read. A member sees what they wrote (drafts included) and, once submitted, what
 * they co-wrote; the office sees every submitted report; anyone else gets a 404, as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
class OpinionQueries {

    private final OpinionMapper mapper;

    OpinionQueries(OpinionMapper mapper) {
        this.mapper = mapper;
    }

    record Summary(
            long id,
            String title,
            OpinionCategory category,
            OpinionState state,
            OpinionSource source,
            Long sourceId,
            String sourceLabel,
            String authors,
            LocalDateTime submittedAt,
            int sentCount,
            int instructionCount,
            int useCount,
            LocalDateTime updatedAt) {}

    record Detail(
            long id,
            String title,
            OpinionCategory category,
            String content,
            String originalTitle,
            String originalContent,
            boolean edited,
            OpinionState state,
            OpinionSource source,
            Long sourceId,
            String sourceLabel,
            LocalDateTime createdAt,
            LocalDateTime submittedAt,
            LocalDateTime decidedAt,
            String decisionComment,
            boolean mine,
            List<Rows.Author> authors,
            List<Rows.FollowUp> followUps,
            List<Rows.History> history) {}

    PageResult<Summary> mine(PlatformUser member, OpinionState state, PageQuery page) {
        return page(member.id(), state, page);
    }

    PageResult<Summary> all(OpinionState state, PageQuery page) {
        if (state == OpinionState.DRAFT) {
            throw ApiException.invalid("state", "草稿仅委员本人可见");
        }
        return page(null, state, page);
    }

    private PageResult<Summary> page(Long accountId, OpinionState state, PageQuery page) {
        String like = page.likePattern();
        List<ReportRow> rows = mapper.reports(accountId, state, like, page.offset(), page.sizeOrDefault());
        Map<Long, String> authors = rows.isEmpty()
                ? Map.of()
                : mapper.authorsOf(rows.stream().map(r -> r.id).toList()).stream()
                        .collect(Collectors.groupingBy(
                                Rows.Author::reportId,
                                Collectors.mapping(Rows.Author::memberName, Collectors.joining("、"))));
        List<Summary> items = rows.stream()
                .map(r -> new Summary(
                        r.id,
                        r.title,
                        r.category,
                        r.state,
                        r.source,
                        r.sourceId,
                        r.sourceLabel,
                        authors.getOrDefault(r.id, ""),
                        r.submittedAt,
                        r.sentCount,
                        r.instructionCount,
                        r.useCount,
                        r.updatedAt))
                .toList();
        return page.result(items, mapper.countReports(accountId, state, like));
    }

    Detail detail(PlatformUser viewer, long id) {
        ReportRow r = mapper.findReport(id);
        if (r == null || !maySee(viewer, r)) {
            throw ApiException.notFound("社情民意信息");
        }
        return new Detail(
                r.id,
                r.title,
                r.category,
                r.content,
                r.originalTitle,
                r.originalContent,
                r.edited,
                r.state,
                r.source,
                r.sourceId,
                r.sourceLabel,
                r.createdAt,
                r.submittedAt,
                r.decidedAt,
                r.decisionComment,
                Objects.equals(r.createdBy, viewer.id()),
                mapper.authors(id),
                mapper.followUps(id),
                mapper.history(id));
    }

    private boolean maySee(PlatformUser viewer, ReportRow r) {
        if (Objects.equals(r.createdBy, viewer.id())) {
            return true;
        }
        if (r.state == OpinionState.DRAFT) {
            return false;
        }
        if (viewer.has(Role.PROPOSAL_OFFICE)) {
            return true;
        }
        return viewer.has(Role.MEMBER) && mapper.isAuthor(r.id, viewer.id());
    }

    static void requireOffice(PlatformUser user) {
        if (!user.has(Role.PROPOSAL_OFFICE)) {
            throw new ApiException(ErrorCode.FORBIDDEN, ErrorCode.FORBIDDEN.defaultMessage());
        }
    }
}
