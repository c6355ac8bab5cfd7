package org.cppcc.platform.organisation.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cppcc.platform.organisation.OrganisationNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class OrganisationNamesService implements OrganisationNames {

    private final NamesMapper mapper;

    OrganisationNamesService(NamesMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Map<Long, String> units(Collection<Long> unitIds) {
        return names(unitIds, mapper::units);
    }

    @Override
    public Map<Long, String> sectors(Collection<Long> sectorIds) {
        return names(sectorIds, mapper::sectors);
    }

    @Override
    public Map<Long, String> members(Collection<Long> memberIds) {
        return names(memberIds, mapper::members);
    }

    @Override
    public Map<Long, String> sessions(Collection<Long> sessionIds) {
        return names(sessionIds, mapper::sessions);
    }

    @Override
    public List<Station> workstations() {
        return mapper.workstations();
    }

    private static Map<Long, String> names(
            Collection<Long> ids, Function<Collection<Long>, List<NamesMapper.IdName>> query) {
        Map<Long, String> names = new HashMap<>();
        List<Long> wanted = ids.stream().filter(id -> id != null).distinct().toList();
        if (!wanted.isEmpty()) {
            query.apply(wanted).forEach(n -> names.put(n.id(), n.name()));
        }
        return names;
    }
}
