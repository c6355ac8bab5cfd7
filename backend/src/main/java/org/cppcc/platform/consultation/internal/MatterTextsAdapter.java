package org.cppcc.platform.consultation.internal;

import java.util.Optional;

import org.cppcc.platform.consultation.MatterTexts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class MatterTextsAdapter implements MatterTexts {

    private final ConsultationMapper mapper;

    MatterTextsAdapter(ConsultationMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MatterText> text(long matterId) {
        MatterRow matter = mapper.findMatter(matterId);
        if (matter == null) {
            return Optional.empty();
        }
        Views.WorkstationRef station = mapper.workstation(matter.workstationId);
        return Optional.of(new MatterText(
                matter.id, matter.title, matter.description, matter.place, station == null ? null : station.name()));
    }
}
