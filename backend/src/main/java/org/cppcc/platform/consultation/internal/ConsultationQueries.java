package org.cppcc.platform.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.engine.ProcessDiagram;
import org.cppcc.platform.engine.ProcessDiagrams;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.export.XlsxExport;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff's lists, details, workbenches, roster and counts, all from the platform's tables. */
@Service
@Transactional(readOnly = true)
class ConsultationQueries {

    private static final List<MatterState> IN_HAND = List.of(
            MatterState.DELIBERATING,
            MatterState.DECIDING,
            MatterState.DECIDED,
            MatterState.IMPLEMENTING,
            MatterState.EVALUATING);

    private final ConsultationMapper mapper;
    private final ConsultationAccess access;
    private final MatterViews views;
    private final Clock clock;
    private final ProcessDiagrams diagrams;

    ConsultationQueries(
            ConsultationMapper mapper,
            ConsultationAccess access,
            MatterViews views,
            Clock clock,
            ProcessDiagrams diagrams) {
        this.mapper = mapper;
        this.access = access;
        this.views = views;
        this.clock = clock;
        this.diagrams = diagrams;
    }

    record Filters(Long workstationId, MatterState state) {}

    PageResult<Views.MatterSummaryView> search(PlatformUser viewer, Filters filters, PageQuery page) {
        return page(searchFor(viewer, filters), page);
    }

    /** The whole list the screen pages through, for the Excel export (refused above the export's cap). */
    List<Views.MatterSummaryView> all(PlatformUser viewer, Filters filters, PageQuery page) {
        MatterSearch search = searchFor(viewer, filters);
        search.like = page.likePattern();
        search.today = today();
        XlsxExport.checkSize(mapper.count(search));
        search.offset = 0;
        search.limit = XlsxExport.MAX_ROWS;
        return mapper.search(search);
    }

    private MatterSearch searchFor(PlatformUser viewer, Filters filters) {
        MatterSearch search = new MatterSearch();
        if (access.seesEverything(viewer)) {
            search.everything = true;
        } else {
            search.workstationIds = access.staffWorkstations(viewer);
            search.unitId = viewer.has(Role.HANDLING_UNIT) ? viewer.unitId() : null;
            search.raiserAccountId = viewer.has(Role.RESIDENT) ? viewer.id() : null;
        }
        search.workstationId = filters.workstationId();
        search.state = filters.state();
        return search;
    }

    PageResult<Views.MatterSummaryView> page(MatterSearch search, PageQuery page) {
        search.like = page.likePattern();
        search.today = today();
        search.offset = page.offset();
        search.limit = page.sizeOrDefault();
        return page.result(mapper.search(search), mapper.count(search));
    }

    MatterDetailView detail(PlatformUser viewer, long matterId) {
        MatterRow matter = viewable(viewer, matterId);
        return views.detail(
                matter, MatterViews.Audience.staff(access.seesContact(viewer, matter)), available(viewer, matter));
    }

    /** A matter the viewer may see; an unknown one and one of another workstation both look absent. */
    MatterRow viewable(PlatformUser viewer, long matterId) {
        MatterRow matter = mapper.findMatter(matterId);
        if (matter == null || !access.canView(viewer, matter)) {
            throw ApiException.notFound("事项");
        }
        return matter;
    }

    private List<MatterDetailView.Available> available(PlatformUser viewer, MatterRow m) {
        List<MatterDetailView.Available> actions = new ArrayList<>();
        boolean liaison = access.isLiaison(viewer, m.workstationId);
        switch (m.state) {
            case RAISED -> {
                if (access.isDutyStaff(viewer, m.workstationId)) {
                    actions.add(new MatterDetailView.Available("TRIAGE", null));
                }
            }
            case DELIBERATING -> {
                if (liaison) {
                    actions.add(new MatterDetailView.Available("SCHEDULE_MEETING", null));
                    mapper.meetings(m.id).stream()
                            .filter(mt -> mt.roundNo == m.roundNo
                                    && mt.status == MeetingRow.Status.SCHEDULED
                                    && !mt.scheduledAt.isAfter(LocalDateTime.now(clock)))
                            .forEach(mt -> actions.add(new MatterDetailView.Available("RECORD_MINUTES", mt.id)));
                }
            }
            case DECIDING -> {
                if (liaison) {
                    actions.add(new MatterDetailView.Available("DECIDE", null));
                }
            }
            case DECIDED -> {
                if (liaison) {
                    actions.add(new MatterDetailView.Available("PUBLISH", null));
                }
            }
            case IMPLEMENTING -> {
                DecisionRow current = mapper.decisionOfRound(m.id, m.roundNo);
                if (viewer.has(Role.HANDLING_UNIT) && viewer.unitId() != null && current != null) {
                    mapper.actions(m.id).stream()
                            .filter(a -> a.decisionId == current.id
                                    && a.unitId == viewer.unitId()
                                    && a.status == ActionRow.Status.OPEN)
                            .forEach(a -> actions.add(new MatterDetailView.Available("REPORT_PROGRESS", a.id)));
                }
            }
            case EVALUATING -> {
                Views.MemberLink member = access.member(viewer);
                if (member != null
                        && (access.isDutyStaff(viewer, m.workstationId)
                                || mapper.invitedMember(m.id, member.memberId()))
                        && !mapper.memberEvaluated(m.id, m.roundNo, member.memberId())) {
                    actions.add(new MatterDetailView.Available("EVALUATE", null));
                }
                if (liaison) {
                    actions.add(new MatterDetailView.Available("CONCLUDE", null));
                }
            }
            default -> {}
        }
        return actions;
    }

    record StaffWorkstation(
            Views.WorkstationRef workstation, boolean liaison, boolean stationed, boolean onDutyToday) {}

    /** {@code today} is the platform's date, which the screens use to mark today's duty. */
    record ConsultationWorkbenchView(
            LocalDate today,
            List<StaffWorkstation> workstations,
            List<Views.MatterSummaryView> toTriage,
            List<Views.MatterSummaryView> inHand,
            List<Views.MeetingSummary> meetings,
            List<DutyView> myDuties) {}

    /** The first screen of the workstation's staff: a liaison's matters and meetings, a member's duty. */
    ConsultationWorkbenchView workbench(PlatformUser viewer) {
        List<Long> ids = access.staffWorkstations(viewer);
        Views.MemberLink member = access.member(viewer);
        List<Long> onDuty = member == null ? List.of() : mapper.dutyWorkstations(member.memberId(), today());
        List<StaffWorkstation> workstations = ids.isEmpty()
                ? List.of()
                : mapper.workstationsByIds(ids).stream()
                        .map(w -> new StaffWorkstation(
                                w,
                                access.isLiaison(viewer, w.id()),
                                member != null && Long.valueOf(w.id()).equals(member.workstationId()),
                                onDuty.contains(w.id())))
                        .toList();
        List<Long> liaisonOf = workstations.stream()
                .filter(StaffWorkstation::liaison)
                .map(w -> w.workstation().id())
                .toList();
        List<Views.MatterSummaryView> toTriage = ids.isEmpty() ? List.of() : list(ids, List.of(MatterState.RAISED));
        List<Views.MatterSummaryView> inHand = liaisonOf.isEmpty() ? List.of() : list(liaisonOf, IN_HAND);
        List<Views.MeetingSummary> meetings = liaisonOf.isEmpty() ? List.of() : mapper.scheduledMeetings(liaisonOf);
        List<DutyView> duties =
                member == null ? List.of() : mapper.duties(null, member.memberId(), today(), today().plusDays(30));
        return new ConsultationWorkbenchView(today(), workstations, toTriage, inHand, meetings, duties);
    }

    private List<Views.MatterSummaryView> list(List<Long> workstationIds, List<MatterState> states) {
        MatterSearch search = new MatterSearch();
        search.workstationIds = workstationIds;
        search.states = states;
        search.today = today();
        search.limit = 100;
        return mapper.search(search);
    }

    PageResult<Views.UnitActionView> unitActions(PlatformUser unit, String status, PageQuery page) {
        if (!unit.has(Role.HANDLING_UNIT) || unit.unitId() == null) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有承办单位可以查看办理措施");
        }
        String like = page.likePattern();
        return page.result(
                mapper.unitActions(unit.unitId(), status, like, today(), page.offset(), page.sizeOrDefault()),
                mapper.countUnitActions(unit.unitId(), status, like, today()));
    }

    record Totals(long raised, long consulted, long solved, long evaluations, long satisfied, Double satisfactionRate) {

        static Totals of(List<Views.WorkstationStats> rows) {
            long evaluations =
                    rows.stream().mapToLong(Views.WorkstationStats::evaluations).sum();
            long satisfied =
                    rows.stream().mapToLong(Views.WorkstationStats::satisfied).sum();
            return new Totals(
                    rows.stream().mapToLong(Views.WorkstationStats::raised).sum(),
                    rows.stream().mapToLong(Views.WorkstationStats::consulted).sum(),
                    rows.stream().mapToLong(Views.WorkstationStats::solved).sum(),
                    evaluations,
                    satisfied,
                    evaluations == 0 ? null : Math.round(satisfied * 1000.0 / evaluations) / 10.0);
        }
    }

    record ConsultationStatisticsView(Totals totals, List<Views.WorkstationStats> workstations) {}

    ConsultationStatisticsView statistics() {
        List<Views.WorkstationStats> rows = mapper.statistics(null);
        return new ConsultationStatisticsView(Totals.of(rows), rows);
    }

    Map<Long, Views.WorkstationStats> statisticsByWorkstation() {
        return mapper.statistics(null).stream()
                .collect(Collectors.toMap(Views.WorkstationStats::workstationId, Function.identity()));
    }

    /** The roster and the stationed members are for the workstation's staff, administrators, the office and leaders. */
    private void requireRosterReader(PlatformUser viewer, long workstationId) {
        if (mapper.workstation(workstationId) == null) {
            throw ApiException.notFound("工作站");
        }
        if (!(viewer.has(Role.ADMIN) || access.seesEverything(viewer) || access.isDutyStaff(viewer, workstationId))) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只能查看本工作站的值班安排");
        }
    }

    List<DutyView> roster(PlatformUser viewer, long workstationId, LocalDate from, LocalDate to) {
        requireRosterReader(viewer, workstationId);
        LocalDate start = from == null ? today() : from;
        LocalDate end = to == null ? start.plusDays(13) : to;
        if (end.isBefore(start) || end.isAfter(start.plusDays(92))) {
            throw ApiException.invalid("to", "查询区间须在三个月以内，且结束日期不早于开始日期");
        }
        return mapper.duties(workstationId, null, start, end);
    }

    List<Views.StationedMemberView> members(PlatformUser viewer, long workstationId) {
        requireRosterReader(viewer, workstationId);
        return mapper.stationedMembers(workstationId);
    }

    List<DutyView> myDuties(PlatformUser member) {
        Views.MemberLink link = access.member(member);
        if (link == null) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有政协委员有值班安排");
        }
        return mapper.duties(null, link.memberId(), today().minusDays(7), today().plusDays(60));
    }

    PhotoRow photo(PlatformUser viewer, long photoId) {
        PhotoRow photo = mapper.findPhoto(photoId);
        if (photo == null) {
            throw ApiException.notFound("照片");
        }
        viewable(viewer, photo.matterId);
        return photo;
    }

    ProcessDiagram diagram(PlatformUser viewer, long matterId) {
        MatterRow m = viewable(viewer, matterId);
        return diagrams.highlighted(m.processInstanceId).orElseThrow(() -> ApiException.notFound("流程"));
    }

    long matterOfMeeting(long meetingId) {
        MeetingRow meeting = mapper.findMeeting(meetingId);
        if (meeting == null) {
            throw ApiException.notFound("会议");
        }
        return meeting.matterId;
    }

    long matterOfAction(long actionId) {
        ActionRow action = mapper.findAction(actionId);
        if (action == null) {
            throw ApiException.notFound("办理措施");
        }
        return action.matterId;
    }

    DutyView duty(long dutyId) {
        return mapper.findDuty(dutyId);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
