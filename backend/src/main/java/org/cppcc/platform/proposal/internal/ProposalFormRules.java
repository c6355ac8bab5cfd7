package org.cppcc.platform.proposal.internal;

import java.util.ArrayList;
import java.util.List;

import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.OrganisationDirectory.MemberRef;
import org.cppcc.platform.proposal.ProposalForm;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.web.Text;
import org.springframework.stereotype.Component;

/** The checks of the proposal form that need the database or more than one field. */
@Component
class ProposalFormRules {

    private final OrganisationDirectory directory;

    ProposalFormRules(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** Checks the form and returns the invited co-signers. */
    List<MemberRef> check(ProposalForm form, long leadMemberId) {
        boolean knownCategory = directory.dictionary("PROPOSAL_CATEGORY").stream()
                .anyMatch(entry -> entry.code().equals(form.category()));
        if (!knownCategory) {
            throw ApiException.invalid("category", "提案类别不正确");
        }
        if (form.proposerType() == ProposerType.COLLECTIVE) {
            requireText(form.bodyKind() == null ? null : form.bodyKind().name(), "bodyKind", "集体提案须选择提案单位类型");
            requireText(form.bodyName(), "bodyName", "集体提案须填写提案单位名称");
            requireText(form.contactPerson(), "contactPerson", "集体提案须填写联系人");
            requireText(form.contactPhone(), "contactPhone", "集体提案须填写联系电话");
        }
        if (form.proposerType() != ProposerType.JOINT && !form.cosigners().isEmpty()) {
            throw ApiException.invalid("cosignerMemberIds", "只有联名提案可以邀请联名委员");
        }
        if (!form.consentPublish()) {
            requireText(form.noPublishReason(), "noPublishReason", "不同意公开须说明理由");
        }
        for (Long unitId : form.suggestedUnits()) {
            if (directory
                    .unit(unitId)
                    .filter(OrganisationDirectory.UnitRef::enabled)
                    .isEmpty()) {
                throw ApiException.invalid("suggestedUnitIds", "建议承办单位不存在或已停用");
            }
        }
        List<MemberRef> cosigners = new ArrayList<>();
        for (Long memberId : form.cosigners()) {
            if (memberId == leadMemberId) {
                throw ApiException.invalid("cosignerMemberIds", "第一提案人不能同时作为联名委员");
            }
            MemberRef member = directory
                    .member(memberId)
                    .filter(m -> m.accountId() != null)
                    .orElseThrow(() -> ApiException.invalid("cosignerMemberIds", "联名委员不存在或未开通账户"));
            cosigners.add(member);
        }
        return cosigners;
    }

    private static void requireText(String value, String field, String message) {
        if (Text.isBlank(value)) {
            throw ApiException.invalid(field, message);
        }
    }
}
