package org.cppcc.platform.consultation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public site shows without an account: the district page, workstations with their members and
 * duty roster, matters that are past triage, and a raiser's own matter found by tracking code and phone.
 * Never a contact, never a resident's name.
 */
@Service
@Transactional(readOnly = true)
class PublicConsultationQueries {

    private final ConsultationMapper mapper;
    private final ConsultationQueries queries;
    private final MatterViews views;

    PublicConsultationQueries(ConsultationMapper mapper, ConsultationQueries queries, MatterViews views) {
        this.mapper = mapper;
        this.queries = queries;
        this.views = views;
    }

    record WorkstationCardView(Views.WorkstationRef workstation, Views.WorkstationStats stats, int stationedMembers) {}

    record PublicMember(String name, String sectorName) {}

    record WorkstationPageView(
            Views.WorkstationRef workstation,
            List<String> liaisons,
            List<PublicMember> members,
            List<DutyView> roster,
            Views.WorkstationStats stats,
            List<Views.MatterSummaryView> recentMatters) {}

    record DistrictView(
            ConsultationQueries.Totals totals,
            int workstationCount,
            List<Views.WorkstationStats> workstations,
            List<Views.MatterSummaryView> recentOutcomes) {}

    DistrictView district() {
        List<Views.WorkstationStats> rows = mapper.statistics(null);
        MatterSearch search = new MatterSearch();
        search.publicOnly = true;
        search.publishedOnly = true;
        return new DistrictView(
                ConsultationQueries.Totals.of(rows),
                rows.size(),
                rows,
                queries.page(search, new PageQuery(null, 1, 10)).items());
    }

    PageResult<WorkstationCardView> workstations(PageQuery page, Long subdistrictId) {
        Map<Long, Views.WorkstationStats> stats = queries.statisticsByWorkstation();
        List<WorkstationCardView> cards =
                mapper.workstations(page.likePattern(), subdistrictId, page.offset(), page.sizeOrDefault()).stream()
                        .map(w -> new WorkstationCardView(
                                w,
                                stats.get(w.id()),
                                mapper.stationedMembers(w.id()).size()))
                        .toList();
        return page.result(cards, mapper.countWorkstations(page.likePattern(), subdistrictId));
    }

    WorkstationPageView workstation(long workstationId) {
        Views.WorkstationRef workstation = mapper.workstation(workstationId);
        if (workstation == null || !workstation.enabled()) {
            throw ApiException.notFound("工作站");
        }
        LocalDate today = queries.today();
        MatterSearch search = new MatterSearch();
        search.publicOnly = true;
        search.workstationId = workstationId;
        List<Views.WorkstationStats> stats = mapper.statistics(workstationId);
        return new WorkstationPageView(
                workstation,
                mapper.liaisonNames(workstationId),
                mapper.stationedMembers(workstationId).stream()
                        .map(m -> new PublicMember(m.name(), m.sectorName()))
                        .toList(),
                mapper.duties(workstationId, null, today, today.plusDays(13)),
                stats.isEmpty() ? null : stats.get(0),
                queries.page(search, new PageQuery(null, 1, 10)).items());
    }

    PageResult<Views.MatterSummaryView> matters(PageQuery page, Long workstationId, MatterState state) {
        MatterSearch search = new MatterSearch();
        search.publicOnly = true;
        search.workstationId = workstationId;
        search.state = state;
        return queries.page(search, page);
    }

    MatterDetailView detail(long matterId) {
        MatterRow matter = mapper.findMatter(matterId);
        if (matter == null || !matter.state.isPublic()) {
            throw ApiException.notFound("事项");
        }
        return views.detail(matter, MatterViews.Audience.visitor(), List.of());
    }

    /** An unknown code and a wrong phone look the same. */
    MatterDetailView track(String code, String phone) {
        MatterRow matter = mapper.findByTrackingCode(code.strip().toUpperCase(Locale.ROOT));
        if (matter == null || !matter.contactPhone.equals(phone.strip())) {
            throw ApiException.notFound("与该跟踪码和手机号码相符的事项");
        }
        return views.detail(matter, MatterViews.Audience.tracker(), List.of());
    }

    PhotoRow photo(long photoId) {
        PhotoRow photo = mapper.findPhoto(photoId);
        MatterRow matter = photo == null ? null : mapper.findMatter(photo.matterId);
        if (matter == null || !matter.state.isPublic()) {
            throw ApiException.notFound("照片");
        }
        return photo;
    }
}
