package org.cppcc.platform.organisation.internal;

import java.util.List;
import jakarta.validation.Valid;

import org.cppcc.platform.organisation.internal.OrganisationHistory.Subject;
import org.cppcc.platform.organisation.internal.PlacesForms.CommunityForm;
import org.cppcc.platform.organisation.internal.PlacesForms.LiaisonsForm;
import org.cppcc.platform.organisation.internal.PlacesForms.SubdistrictForm;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's roster (委员名册), subdistricts and communities, and workstations' liaisons. */
@RestController
@RequestMapping("/api/admin")
class RosterController {

    private final Roster roster;
    private final Places places;

    RosterController(Roster roster, Places places) {
        this.roster = roster;
        this.places = places;
    }

    @GetMapping("/members")
    PageResult<MemberView> members(
            @Valid PageQuery query,
            @RequestParam(required = false) Long sectorId,
            @RequestParam(required = false) Boolean retired) {
        return roster.find(query, sectorId, retired);
    }

    @GetMapping("/members/{id}")
    MemberView member(@PathVariable long id) {
        return roster.get(id);
    }

    @GetMapping("/members/{id}/history")
    List<HistoryMapper.HistoryView> memberHistory(@PathVariable long id) {
        return roster.history(id);
    }

    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    MemberView createMember(@Valid @RequestBody MemberForm form) {
        return roster.create(form);
    }

    @PutMapping("/members/{id}")
    MemberView updateMember(@PathVariable long id, @Valid @RequestBody MemberForm form) {
        return roster.update(id, form);
    }

    @PostMapping("/members/{id}/retire")
    MemberView retire(@PathVariable long id) {
        return roster.retire(id);
    }

    @PostMapping("/members/{id}/reinstate")
    MemberView reinstate(@PathVariable long id) {
        return roster.reinstate(id);
    }

    @PostMapping("/subdistricts")
    @ResponseStatus(HttpStatus.CREATED)
    WorkstationMapper.SubdistrictView createSubdistrict(@Valid @RequestBody SubdistrictForm form) {
        return places.createSubdistrict(form);
    }

    @PutMapping("/subdistricts/{id}")
    WorkstationMapper.SubdistrictView updateSubdistrict(
            @PathVariable long id, @Valid @RequestBody SubdistrictForm form) {
        return places.updateSubdistrict(id, form);
    }

    @PostMapping("/communities")
    @ResponseStatus(HttpStatus.CREATED)
    WorkstationMapper.CommunityView createCommunity(@Valid @RequestBody CommunityForm form) {
        return places.createCommunity(form);
    }

    @PutMapping("/communities/{id}")
    WorkstationMapper.CommunityView updateCommunity(@PathVariable long id, @Valid @RequestBody CommunityForm form) {
        return places.updateCommunity(id, form);
    }

    @GetMapping("/workstations/{id}/liaisons")
    List<PlacesMapper.LiaisonView> liaisons(@PathVariable long id) {
        return places.liaisons(id);
    }

    @PutMapping("/workstations/{id}/liaisons")
    List<PlacesMapper.LiaisonView> setLiaisons(@PathVariable long id, @Valid @RequestBody LiaisonsForm form) {
        return places.setLiaisons(id, form);
    }

    @GetMapping("/workstations/{id}/history")
    List<HistoryMapper.HistoryView> workstationHistory(@PathVariable long id) {
        places.liaisons(id);
        return places.history(Subject.WORKSTATION, id);
    }
}
