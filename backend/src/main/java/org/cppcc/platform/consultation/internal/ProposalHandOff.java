package org.cppcc.platform.consultation.internal;

import java.util.List;

import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.proposal.ProposalActions;
import org.cppcc.platform.proposal.ProposalForm;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.web.Text;
import org.springframework.stereotype.Component;

/**
 * Turns a matter into a draft proposal of a member through the proposal module's own command, acting as
 * that member: the draft is theirs to complete, submit or drop. The consultation history records who
 * handed it over.
 */
@Component
class ProposalHandOff {

    private final ProposalActions proposals;
    private final AccountService accounts;
    private final ConsultationMapper mapper;

    ProposalHandOff(ProposalActions proposals, AccountService accounts, ConsultationMapper mapper) {
        this.proposals = proposals;
        this.accounts = accounts;
        this.mapper = mapper;
    }

    record Draft(long proposalId, Views.MemberLink member) {}

    Draft createDraft(MatterRow matter, Long memberId, String note) {
        if (memberId == null) {
            throw ApiException.invalid("memberId", "请选择接收提案的委员");
        }
        Views.MemberLink member = mapper.member(memberId);
        if (member == null || !member.enabled() || member.username() == null) {
            throw ApiException.invalid("memberId", "委员不存在或未开通账户");
        }
        PlatformUser proposer =
                accounts.user(member.username()).orElseThrow(() -> ApiException.invalid("memberId", "委员不存在或未开通账户"));
        Views.WorkstationRef workstation = mapper.workstation(matter.workstationId);
        String title = "关于" + matter.title + "的建议";
        ProposalForm form = new ProposalForm(
                false,
                "SOCIETY",
                Text.length(title) <= 50 ? title : matter.title,
                "群众在" + workstation.name() + "反映：" + matter.description + "（地点：" + matter.place + "）",
                "该事项由委员工作站微协商转来，请委员调研后补充分析。",
                note == null ? "请委员结合调研补充具体建议。" : note,
                ProposerType.INDIVIDUAL,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                true,
                null);
        return new Draft(proposals.createDraft(proposer, form), member);
    }
}
