package org.cppcc.platform.organisation.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.organisation.MemberLevel;
import org.cppcc.platform.organisation.RosterImport;
import org.cppcc.platform.organisation.UnitKind;
import org.cppcc.platform.organisation.internal.OrganisationHistory.Subject;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class RosterImports implements RosterImport {

    /** Rows per multi-row statement: well under MariaDB's packet size and H2's parameter limits. */
    private static final int CHUNK = 500;

    private final ImportMapper mapper;
    private final Clock clock;

    RosterImports(ImportMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** MyBatis fills {@code id} from the generated keys of the multi-row insert. */
    static class MemberRow {
        public Long id;
        public Long accountId;
        public String name;
        public String gender;
        public long sectorId;
        public MemberLevel level;
        public String specialCommittee;
        public String party;
        public String workplace;
        public String phone;
        public String email;
        public Long workstationId;
    }

    record UnitRow(String code, String name, UnitKind kind, String contactName, String contactPhone) {}

    record HistoryRow(String subject, long subjectId, String action, String detail) {}

    @Override
    public Dictionaries dictionaries() {
        Map<String, Long> sectors = new HashMap<>();
        List<String> sectorNames = new ArrayList<>();
        for (ImportMapper.Named s : mapper.sectors()) {
            sectors.put(s.code(), s.id());
            sectors.put(s.name(), s.id());
            sectorNames.add(s.name());
        }
        Map<String, Long> workstations = new LinkedHashMap<>();
        mapper.workstations().forEach(w -> workstations.put(w.name(), w.id()));
        Map<String, Long> units = new LinkedHashMap<>();
        mapper.units().forEach(u -> units.put(u.code(), u.id()));
        return new Dictionaries(Map.copyOf(sectors), List.copyOf(sectorNames), workstations, units);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> addUnits(List<NewUnit> units, String source) {
        LocalDateTime now = now();
        List<Long> ids = new ArrayList<>(units.size());
        List<HistoryRow> history = new ArrayList<>(units.size());
        inChunks(units, chunk -> {
            mapper.insertUnits(
                    chunk.stream()
                            .map(u -> new UnitRow(u.code(), u.name(), u.kind(), u.contactName(), u.contactPhone()))
                            .toList(),
                    now);
            Map<String, Long> byCode = new HashMap<>();
            mapper.unitsByCode(chunk.stream().map(NewUnit::code).toList()).forEach(u -> byCode.put(u.code(), u.id()));
            for (NewUnit unit : chunk) {
                long id = byCode.get(unit.code());
                ids.add(id);
                history.add(new HistoryRow(
                        Subject.UNIT.name(),
                        id,
                        "IMPORTED",
                        source + "；单位编码：" + unit.code() + "；名称：" + unit.name() + "；联系人："
                                + Objects.toString(unit.contactName(), "未填")));
            }
        });
        writeHistory(history, now);
        return ids;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> addMembers(List<NewRosterMember> members, String source) {
        LocalDateTime now = now();
        List<Long> ids = new ArrayList<>(members.size());
        List<HistoryRow> history = new ArrayList<>(members.size());
        inChunks(members, chunk -> {
            List<MemberRow> rows = chunk.stream().map(RosterImports::row).toList();
            mapper.insertMembers(rows, now);
            for (MemberRow row : rows) {
                ids.add(row.id);
                history.add(new HistoryRow(
                        Subject.MEMBER.name(),
                        row.id,
                        "IMPORTED",
                        source + "；姓名：" + row.name + "；类别："
                                + (row.level == MemberLevel.CITY ? "市政协委员" : "区政协委员")
                                + "；登录账户：" + (row.accountId == null ? "无" : "已开通")));
            }
        });
        writeHistory(history, now);
        return ids;
    }

    private void writeHistory(List<HistoryRow> history, LocalDateTime now) {
        PlatformUser actor = CurrentUser.find().orElse(null);
        inChunks(
                history,
                chunk -> mapper.insertHistory(
                        chunk, actor == null ? null : actor.id(), actor == null ? null : actor.displayName(), now));
    }

    private static MemberRow row(NewRosterMember m) {
        MemberRow row = new MemberRow();
        row.accountId = m.accountId();
        row.name = m.name();
        row.gender = m.gender();
        row.sectorId = m.sectorId();
        row.level = m.level();
        row.specialCommittee = m.specialCommittee();
        row.party = m.party();
        row.workplace = m.workplace();
        row.phone = m.phone();
        row.email = m.email();
        row.workstationId = m.workstationId();
        return row;
    }

    private static <T> void inChunks(List<T> all, Consumer<List<T>> write) {
        for (int from = 0; from < all.size(); from += CHUNK) {
            write.accept(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
