package org.cppcc.platform.organisation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.cppcc.platform.organisation.CommitteeSession;
import org.cppcc.platform.organisation.MemberProfile;
import org.cppcc.platform.organisation.OrganisationCounts;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.OrganisationSetup;
import org.cppcc.platform.organisation.SessionDeadlines;
import org.cppcc.platform.organisation.UnitKind;
import org.cppcc.platform.organisation.WorkstationKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's public API: reads for other modules and master-data creation. */
@Service
class OrganisationService implements OrganisationDirectory, OrganisationSetup {

    private final DirectoryMapper directory;
    private final MasterData masterData;
    private final WorkstationMapper places;
    private final Sessions sessions;
    private final SessionMapper sessionRows;
    private final SessionDeadlines defaults;
    private final Clock clock;

    OrganisationService(
            DirectoryMapper directory,
            MasterData masterData,
            WorkstationMapper places,
            Sessions sessions,
            SessionMapper sessionRows,
            SessionDeadlines defaults,
            Clock clock) {
        this.directory = directory;
        this.masterData = masterData;
        this.places = places;
        this.sessions = sessions;
        this.sessionRows = sessionRows;
        this.defaults = defaults;
        this.clock = clock;
    }

    @Override
    public Optional<CommitteeSession> currentSession() {
        return Optional.ofNullable(sessions.current());
    }

    @Override
    public Optional<CommitteeSession> session(long sessionId) {
        return Optional.ofNullable(sessions.session(sessionId));
    }

    @Override
    public Optional<MemberRef> member(long memberId) {
        return Optional.ofNullable(directory.member(memberId));
    }

    @Override
    public Optional<UnitRef> unit(long unitId) {
        return Optional.ofNullable(directory.unit(unitId));
    }

    @Override
    public boolean sectorExists(long sectorId) {
        return directory.sectorExists(sectorId);
    }

    @Override
    public List<DictionaryEntry> dictionary(String type) {
        return directory.dictionary(type);
    }

    @Override
    public OrganisationCounts counts() {
        return directory.counts();
    }

    @Override
    public Optional<MemberProfile> memberOfAccount(long accountId) {
        return Optional.ofNullable(directory.memberOfAccount(accountId));
    }

    @Override
    @Transactional
    public long openSession(
            int term, int meeting, String name, LocalDate openedOn, LocalDate cosignDeadline, boolean current) {
        if (current) {
            sessionRows.clearAccepting(now());
        }
        SessionRow row = new SessionRow();
        row.term = term;
        row.meeting = meeting;
        row.name = name;
        row.openedOn = openedOn;
        row.cosignDeadline = cosignDeadline;
        row.cosignWorkingDays = defaults.cosign().count();
        row.signOffWorkingDays = defaults.signOff().count();
        row.contactWorkingDays = defaults.contact().count();
        row.replyTerm = defaults.reply().iso();
        row.evaluationWorkingDays = defaults.evaluation().count();
        row.maxExtensionMonths = defaults.maxExtensionMonths();
        row.current = current;
        row.createdAt = now();
        row.updatedAt = row.createdAt;
        sessionRows.insert(row);
        return row.id;
    }

    @Override
    public long createSector(String code, String name, int sortOrder) {
        return masterData
                .createSector(new SectorForm(code, name, sortOrder, true))
                .id();
    }

    @Override
    public long createUnit(String code, String name, UnitKind kind, String contactName, String contactPhone) {
        return masterData
                .createUnit(new UnitForm(code, name, kind, contactName, contactPhone, true))
                .id();
    }

    @Override
    public long createSubdistrict(String name, int sortOrder) {
        GeneratedKey key = new GeneratedKey();
        places.insertSubdistrict(name, sortOrder, key);
        return key.id;
    }

    @Override
    public long createCommunity(long subdistrictId, String name) {
        GeneratedKey key = new GeneratedKey();
        places.insertCommunity(subdistrictId, name, key);
        return key.id;
    }

    @Override
    public long createWorkstation(
            String name, WorkstationKind kind, long subdistrictId, Long communityId, String address) {
        return masterData
                .createWorkstation(new WorkstationForm(name, kind, subdistrictId, communityId, address, true))
                .id();
    }

    @Override
    public long createMember(NewMember member) {
        GeneratedKey key = new GeneratedKey();
        directory.insertMember(member, now(), key);
        return key.id;
    }

    @Override
    public void appointLiaison(long workstationId, long accountId) {
        places.insertLiaison(workstationId, accountId);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
