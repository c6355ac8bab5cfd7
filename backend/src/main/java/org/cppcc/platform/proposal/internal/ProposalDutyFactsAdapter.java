package org.cppcc.platform.proposal.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.cppcc.platform.proposal.ProposalDutyFacts;
import org.springframework.stereotype.Component;

@Component
class ProposalDutyFactsAdapter implements ProposalDutyFacts {

    private final ProposalDutyMapper mapper;

    ProposalDutyFactsAdapter(ProposalDutyMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Authorship> submittedProposals() {
        Map<Long, List<Long>> cosigners = new HashMap<>();
        for (CosignerRow c : mapper.confirmedCosigners()) {
            cosigners.computeIfAbsent(c.proposalId(), k -> new ArrayList<>()).add(c.memberId());
        }
        List<Authorship> result = new ArrayList<>();
        for (ProposalRow p : mapper.submitted()) {
            result.add(new Authorship(
                    p.id(),
                    p.title(),
                    p.proposalNumber(),
                    p.submittedAt().toLocalDate(),
                    p.registeredAt() == null ? null : p.registeredAt().toLocalDate(),
                    p.leadMemberId(),
                    cosigners.getOrDefault(p.id(), List.of())));
        }
        return result;
    }

    record ProposalRow(
            long id,
            String title,
            Integer proposalNumber,
            LocalDateTime submittedAt,
            LocalDateTime registeredAt,
            Long leadMemberId) {}

    record CosignerRow(long proposalId, long memberId) {}

    @Mapper
    interface ProposalDutyMapper {

        @Select("SELECT id, title, proposal_number, submitted_at, registered_at, lead_member_id FROM proposal "
                + "WHERE submitted_at IS NOT NULL ORDER BY id")
        List<ProposalRow> submitted();

        @Select("SELECT c.proposal_id, c.member_id FROM proposal_cosigner c JOIN proposal p ON p.id = c.proposal_id "
                + "WHERE c.status = 'CONFIRMED' AND p.submitted_at IS NOT NULL")
        List<CosignerRow> confirmedCosigners();
    }
}
