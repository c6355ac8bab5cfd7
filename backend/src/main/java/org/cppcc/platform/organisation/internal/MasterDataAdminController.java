package org.cppcc.platform.organisation.internal;

import jakarta.validation.Valid;

import org.cppcc.platform.organisation.UnitKind;
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

/** The administrator's screens for sectors, handling units and workstations. */
@RestController
@RequestMapping("/api/admin")
class MasterDataAdminController {

    private final MasterData masterData;

    MasterDataAdminController(MasterData masterData) {
        this.masterData = masterData;
    }

    @GetMapping("/sectors")
    PageResult<SectorView> sectors(@Valid PageQuery query) {
        return masterData.findSectors(query);
    }

    @PostMapping("/sectors")
    @ResponseStatus(HttpStatus.CREATED)
    SectorView createSector(@Valid @RequestBody SectorForm form) {
        return masterData.createSector(form);
    }

    @PutMapping("/sectors/{id}")
    SectorView updateSector(@PathVariable long id, @Valid @RequestBody SectorForm form) {
        return masterData.updateSector(id, form);
    }

    @GetMapping("/units")
    PageResult<UnitView> units(@Valid PageQuery query, @RequestParam(required = false) UnitKind kind) {
        return masterData.findUnits(query, kind);
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    UnitView createUnit(@Valid @RequestBody UnitForm form) {
        return masterData.createUnit(form);
    }

    @PutMapping("/units/{id}")
    UnitView updateUnit(@PathVariable long id, @Valid @RequestBody UnitForm form) {
        return masterData.updateUnit(id, form);
    }

    @GetMapping("/workstations")
    PageResult<WorkstationView> workstations(
            @Valid PageQuery query, @RequestParam(required = false) Long subdistrictId) {
        return masterData.findWorkstations(query, subdistrictId);
    }

    @PostMapping("/workstations")
    @ResponseStatus(HttpStatus.CREATED)
    WorkstationView createWorkstation(@Valid @RequestBody WorkstationForm form) {
        return masterData.createWorkstation(form);
    }

    @PutMapping("/workstations/{id}")
    WorkstationView updateWorkstation(@PathVariable long id, @Valid @RequestBody WorkstationForm form) {
        return masterData.updateWorkstation(id, form);
    }
}
