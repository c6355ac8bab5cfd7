package org.cppcc.platform.organisation.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.internal.OrganisationHistory.Subject;
import org.cppcc.platform.organisation.internal.PlacesForms.CommunityForm;
import org.cppcc.platform.organisation.internal.PlacesForms.LiaisonsForm;
import org.cppcc.platform.organisation.internal.PlacesForms.SubdistrictForm;
import org.cppcc.platform.shared.error.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Subdistricts and communities managed from screens, and which liaisons serve each workstation. */
@Service
class Places {

    private final WorkstationMapper workstations;
    private final PlacesMapper places;
    private final AccountService accounts;
    private final OrganisationHistory history;

    Places(WorkstationMapper workstations, PlacesMapper places, AccountService accounts, OrganisationHistory history) {
        this.workstations = workstations;
        this.places = places;
        this.accounts = accounts;
        this.history = history;
    }

    @Transactional
    WorkstationMapper.SubdistrictView createSubdistrict(SubdistrictForm form) {
        String name = form.name().strip();
        if (places.subdistrictTaken(name, null)) {
            throw ApiException.duplicate("name", "街道「" + name + "」已存在");
        }
        GeneratedKey key = new GeneratedKey();
        workstations.insertSubdistrict(name, form.sortOrder(), key);
        history.record(Subject.SUBDISTRICT, key.id, "CREATED", "名称：" + name + "；排序：" + form.sortOrder());
        return new WorkstationMapper.SubdistrictView(key.id, name);
    }

    @Transactional
    WorkstationMapper.SubdistrictView updateSubdistrict(long id, SubdistrictForm form) {
        if (!workstations.subdistrictExists(id)) {
            throw ApiException.notFound("街道");
        }
        String name = form.name().strip();
        if (places.subdistrictTaken(name, id)) {
            throw ApiException.duplicate("name", "街道「" + name + "」已存在");
        }
        places.updateSubdistrict(id, name, form.sortOrder());
        history.record(Subject.SUBDISTRICT, id, "UPDATED", "名称：" + name + "；排序：" + form.sortOrder());
        return new WorkstationMapper.SubdistrictView(id, name);
    }

    @Transactional
    WorkstationMapper.CommunityView createCommunity(CommunityForm form) {
        String name = checkCommunity(form, null);
        GeneratedKey key = new GeneratedKey();
        workstations.insertCommunity(form.subdistrictId(), name, key);
        history.record(Subject.COMMUNITY, key.id, "CREATED", "名称：" + name + "；街道：" + form.subdistrictId());
        return new WorkstationMapper.CommunityView(key.id, name, form.subdistrictId());
    }

    @Transactional
    WorkstationMapper.CommunityView updateCommunity(long id, CommunityForm form) {
        WorkstationMapper.CommunityView current = workstations.community(id);
        if (current == null) {
            throw ApiException.notFound("社区");
        }
        if (current.subdistrictId() != form.subdistrictId() && places.communityHasWorkstation(id)) {
            throw ApiException.invalid("subdistrictId", "社区内已有委员工作室，不能改到其他街道");
        }
        String name = checkCommunity(form, id);
        places.updateCommunity(id, form.subdistrictId(), name);
        history.record(Subject.COMMUNITY, id, "UPDATED", "名称：" + name + "；街道：" + form.subdistrictId());
        return new WorkstationMapper.CommunityView(id, name, form.subdistrictId());
    }

    List<PlacesMapper.LiaisonView> liaisons(long workstationId) {
        if (workstations.findById(workstationId) == null) {
            throw ApiException.notFound("工作站");
        }
        return places.liaisons(workstationId);
    }

    /** The workstation's liaisons become exactly these accounts, each holding the liaison role. */
    @Transactional
    List<PlacesMapper.LiaisonView> setLiaisons(long workstationId, LiaisonsForm form) {
        if (places.lockWorkstation(workstationId) == null) {
            throw ApiException.notFound("工作站");
        }
        Set<Long> wanted = new LinkedHashSet<>(form.accountIds());
        for (Long accountId : wanted) {
            if (!accounts.roles(accountId).contains(Role.WORKSTATION_LIAISON)) {
                throw ApiException.invalid("accountIds", "联络员须为具有「工作站联络员」角色的账户");
            }
        }
        Set<Long> current = places.liaisons(workstationId).stream()
                .map(PlacesMapper.LiaisonView::accountId)
                .collect(Collectors.toSet());
        // Only the differences are written: no delete-then-insert, which deadlocks under InnoDB's gap locks.
        current.stream().filter(a -> !wanted.contains(a)).forEach(a -> places.deleteLiaison(workstationId, a));
        wanted.stream().filter(a -> !current.contains(a)).forEach(a -> workstations.insertLiaison(workstationId, a));
        List<PlacesMapper.LiaisonView> now = places.liaisons(workstationId);
        history.record(
                Subject.WORKSTATION,
                workstationId,
                "LIAISONS",
                "联络员：" + now.stream().map(PlacesMapper.LiaisonView::displayName).collect(Collectors.joining("、")));
        return now;
    }

    List<HistoryMapper.HistoryView> history(Subject subject, long id) {
        return history.of(subject, id);
    }

    private String checkCommunity(CommunityForm form, Long id) {
        if (!workstations.subdistrictExists(form.subdistrictId())) {
            throw ApiException.invalid("subdistrictId", "所属街道不存在");
        }
        String name = form.name().strip();
        if (places.communityTaken(form.subdistrictId(), name, id)) {
            throw ApiException.duplicate("name", "该街道已有社区「" + name + "」");
        }
        return name;
    }
}
