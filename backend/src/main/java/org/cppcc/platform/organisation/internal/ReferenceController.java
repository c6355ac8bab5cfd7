package org.cppcc.platform.organisation.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists every signed-in user's forms choose from. */
@RestController
@RequestMapping("/api/organisation")
class ReferenceController {

    private final MasterData masterData;
    private final WorkstationMapper places;

    ReferenceController(MasterData masterData, WorkstationMapper places) {
        this.masterData = masterData;
        this.places = places;
    }

    @GetMapping("/units")
    List<UnitView> units() {
        return masterData.enabledUnits();
    }

    @GetMapping("/sectors")
    List<SectorView> sectors() {
        return masterData.enabledSectors();
    }

    @GetMapping("/subdistricts")
    List<WorkstationMapper.Subdistrict> subdistricts() {
        return places.subdistricts();
    }

    @GetMapping("/communities")
    List<WorkstationMapper.Community> communities(@RequestParam(required = false) Long subdistrictId) {
        return places.communities(subdistrictId);
    }
}
