package org.cppcc.platform.organisation;

import java.util.List;
import java.util.Map;

/**
 * Bulk writes for an import of the roster from a file: dictionaries looked up once per file, rows written in
 * multi-row statements, every created record in the organisation's history with where it came from. Runs in the
 * caller's transaction, so an import is all or nothing.
 */
public interface RosterImport {

    /** Enabled sectors by name and by code, workstations by name, existing handling units by code. */
    Dictionaries dictionaries();

    /** Creates the units in order and returns their ids; {@code source} says which file (for the history). */
    List<Long> addUnits(List<NewUnit> units, String source);

    /** Creates the members in order and returns their ids; {@code source} says which file (for the history). */
    List<Long> addMembers(List<NewRosterMember> members, String source);

    record Dictionaries(
            Map<String, Long> sectors,
            List<String> sectorNames,
            Map<String, Long> workstations,
            Map<String, Long> units) {}

    record NewUnit(String code, String name, UnitKind kind, String contactName, String contactPhone) {}

    record NewRosterMember(
            Long accountId,
            String name,
            String gender,
            long sectorId,
            MemberLevel level,
            String specialCommittee,
            String party,
            String workplace,
            String phone,
            String email,
            Long workstationId) {

        public NewRosterMember withAccount(Long account) {
            return new NewRosterMember(
                    account,
                    name,
                    gender,
                    sectorId,
                    level,
                    specialCommittee,
                    party,
                    workplace,
                    phone,
                    email,
                    workstationId);
        }
    }
}
