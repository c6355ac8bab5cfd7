package org.cppcc.platform.organisation.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.shared.web.LabelSource;
import org.cppcc.platform.shared.web.PageQuery;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists every signed-in user's forms choose from. */
@RestController
@Validated
@RequestMapping("/api/organisation")
class ReferenceController {

    private final MasterData masterData;
    private final WorkstationMapper places;
    private final DirectoryMapper directory;
    private final Sessions sessions;
    private final Map<String, Map<String, String>> labels = new TreeMap<>();

    ReferenceController(
            MasterData masterData,
            WorkstationMapper places,
            DirectoryMapper directory,
            Sessions sessions,
            List<LabelSource> labelSources) {
        this.masterData = masterData;
        this.places = places;
        this.directory = directory;
        this.sessions = sessions;
        labelSources.forEach(source -> labels.putAll(source.labels()));
    }

    /** The labels of every code the screens show (label type → code → label), loaded once by the front end. */
    @GetMapping("/labels")
    Map<String, Map<String, String>> labels() {
        return labels;
    }

    /** Members to pick from, e.g. as co-signers; at most 50 per search. */
    @GetMapping("/members")
    List<OrganisationDirectory.MemberRef> members(
            @RequestParam(required = false) @Size(max = 50, message = "搜索关键字不能超过50个字符") String keyword) {
        return directory.searchMembers(new PageQuery(keyword, 1, 50).likePattern());
    }

    @GetMapping("/dictionaries/{type}")
    List<OrganisationDirectory.DictionaryEntry> dictionary(
            @PathVariable @Pattern(regexp = "^[A-Z_]{1,40}$", message = "字典类型不正确") String type) {
        return directory.dictionary(type);
    }

    /** Every session, the newest first, to browse and search earlier sessions' proposals. */
    @GetMapping("/sessions")
    List<SessionView> sessions() {
        return sessions.all();
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
    List<WorkstationMapper.SubdistrictView> subdistricts() {
        return places.subdistricts();
    }

    @GetMapping("/communities")
    List<WorkstationMapper.CommunityView> communities(@RequestParam(required = false) Long subdistrictId) {
        return places.communities(subdistrictId);
    }
}
