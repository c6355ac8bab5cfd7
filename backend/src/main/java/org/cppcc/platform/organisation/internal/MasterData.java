package org.cppcc.platform.organisation.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.cppcc.platform.organisation.UnitKind;
import org.cppcc.platform.organisation.WorkstationKind;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' upkeep of sectors, handling units and workstations. */
@Service
class MasterData {

    private final SectorMapper sectors;
    private final UnitMapper units;
    private final WorkstationMapper workstations;
    private final Clock clock;

    MasterData(SectorMapper sectors, UnitMapper units, WorkstationMapper workstations, Clock clock) {
        this.sectors = sectors;
        this.units = units;
        this.workstations = workstations;
        this.clock = clock;
    }

    PageResult<SectorView> findSectors(PageQuery query) {
        return query.result(
                sectors.find(query.likePattern(), query.offset(), query.sizeOrDefault()),
                sectors.count(query.likePattern()));
    }

    List<SectorView> enabledSectors() {
        return sectors.findEnabled();
    }

    @Transactional
    SectorView createSector(SectorForm form) {
        SectorForm clean = new SectorForm(form.code().strip(), form.name().strip(), form.sortOrder(), form.enabled());
        if (sectors.codeTaken(clean.code(), null)) {
            throw ApiException.duplicate("code", "界别编码「" + clean.code() + "」已存在");
        }
        GeneratedKey key = new GeneratedKey();
        sectors.insert(clean, key, now());
        return sectors.findById(key.id);
    }

    @Transactional
    SectorView updateSector(long id, SectorForm form) {
        requireFound(sectors.findById(id), "界别");
        SectorForm clean = new SectorForm(form.code().strip(), form.name().strip(), form.sortOrder(), form.enabled());
        if (sectors.codeTaken(clean.code(), id)) {
            throw ApiException.duplicate("code", "界别编码「" + clean.code() + "」已存在");
        }
        sectors.update(id, clean, now());
        return sectors.findById(id);
    }

    PageResult<UnitView> findUnits(PageQuery query, UnitKind kind) {
        return query.result(
                units.find(query.likePattern(), kind, query.offset(), query.sizeOrDefault()),
                units.count(query.likePattern(), kind));
    }

    List<UnitView> enabledUnits() {
        return units.findEnabled();
    }

    @Transactional
    UnitView createUnit(UnitForm form) {
        UnitForm clean = clean(form);
        if (units.codeTaken(clean.code(), null)) {
            throw ApiException.duplicate("code", "单位编码「" + clean.code() + "」已存在");
        }
        GeneratedKey key = new GeneratedKey();
        units.insert(clean, key, now());
        return units.findById(key.id);
    }

    @Transactional
    UnitView updateUnit(long id, UnitForm form) {
        requireFound(units.findById(id), "承办单位");
        UnitForm clean = clean(form);
        if (units.codeTaken(clean.code(), id)) {
            throw ApiException.duplicate("code", "单位编码「" + clean.code() + "」已存在");
        }
        units.update(id, clean, now());
        return units.findById(id);
    }

    PageResult<WorkstationView> findWorkstations(PageQuery query, Long subdistrictId) {
        return query.result(
                workstations.find(query.likePattern(), subdistrictId, query.offset(), query.sizeOrDefault()),
                workstations.count(query.likePattern(), subdistrictId));
    }

    @Transactional
    WorkstationView createWorkstation(WorkstationForm form) {
        WorkstationForm clean = checkPlace(form, null);
        GeneratedKey key = new GeneratedKey();
        workstations.insert(clean, key, now());
        return workstations.findById(key.id);
    }

    @Transactional
    WorkstationView updateWorkstation(long id, WorkstationForm form) {
        requireFound(workstations.findById(id), "工作站");
        WorkstationForm clean = checkPlace(form, id);
        workstations.update(id, clean, now());
        return workstations.findById(id);
    }

    private WorkstationForm checkPlace(WorkstationForm form, Long id) {
        String name = form.name().strip();
        if (workstations.nameTaken(name, id)) {
            throw ApiException.duplicate("name", "工作站名称「" + name + "」已存在");
        }
        if (!workstations.subdistrictExists(form.subdistrictId())) {
            throw ApiException.invalid("subdistrictId", "所属街道不存在");
        }
        if (form.kind() == WorkstationKind.ROOM && form.communityId() == null) {
            throw ApiException.invalid("communityId", "委员工作室必须选择所在社区");
        }
        if (form.communityId() != null) {
            WorkstationMapper.CommunityView community = workstations.community(form.communityId());
            if (community == null || community.subdistrictId() != form.subdistrictId()) {
                throw ApiException.invalid("communityId", "所在社区不属于所选街道");
            }
        }
        return new WorkstationForm(
                name,
                form.kind(),
                form.subdistrictId(),
                form.communityId(),
                blankToNull(form.address()),
                form.enabled());
    }

    private static UnitForm clean(UnitForm form) {
        return new UnitForm(
                form.code().strip(),
                form.name().strip(),
                form.kind(),
                blankToNull(form.contactName()),
                blankToNull(form.contactPhone()),
                form.enabled());
    }

    private static <T> void requireFound(T found, String what) {
        if (found == null) {
            throw ApiException.notFound(what);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
