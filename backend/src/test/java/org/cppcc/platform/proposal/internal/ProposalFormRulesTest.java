package org.cppcc.platform.proposal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cppcc.platform.organisation.CommitteeSession;
import org.cppcc.platform.organisation.MemberProfile;
import org.cppcc.platform.organisation.OrganisationCounts;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.UnitKind;
import org.cppcc.platform.proposal.BodyKind;
import org.cppcc.platform.proposal.ProposalForm;
import org.cppcc.platform.proposal.ProposerType;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * The proposal form's rules that span fields or need the organisation, on a small directory in memory: each
 * refusal names the field it is about, in Chinese.
 */
class ProposalFormRulesTest {

    private static final long LEAD = 1L;
    private static final long COSIGNER = 2L;
    private static final long MEMBER_WITHOUT_ACCOUNT = 3L;
    private static final long UNIT = 10L;
    private static final long DISABLED_UNIT = 11L;

    private final ProposalFormRules rules = new ProposalFormRules(new Directory());

    @Test
    void aJointProposalInvitesItsCosigners() {
        List<OrganisationDirectory.MemberRef> cosigners =
                rules.check(form(ProposerType.JOINT, List.of(COSIGNER, COSIGNER), List.of(UNIT)), LEAD);
        assertThat(cosigners).extracting(OrganisationDirectory.MemberRef::id).containsExactly(COSIGNER);
    }

    @Test
    void anUnknownCategoryIsRefused() {
        ProposalForm form = form(ProposerType.INDIVIDUAL, List.of(), List.of());
        assertRefused(withCategory(form, "NOT_A_CATEGORY"), "category", "提案类别不正确");
    }

    @Test
    void onlyAJointProposalMayInviteCosigners() {
        assertRefused(
                form(ProposerType.INDIVIDUAL, List.of(COSIGNER), List.of()), "cosignerMemberIds", "只有联名提案可以邀请联名委员");
    }

    @Test
    void theLeadProposerCannotCosignTheirOwnProposal() {
        assertRefused(form(ProposerType.JOINT, List.of(LEAD), List.of()), "cosignerMemberIds", "第一提案人不能同时作为联名委员");
    }

    @Test
    void aCosignerMustBeAMemberWhoCanSignIn() {
        assertRefused(form(ProposerType.JOINT, List.of(99L), List.of()), "cosignerMemberIds", "联名委员不存在或未开通账户");
        assertRefused(
                form(ProposerType.JOINT, List.of(MEMBER_WITHOUT_ACCOUNT), List.of()),
                "cosignerMemberIds",
                "联名委员不存在或未开通账户");
    }

    @Test
    void aSuggestedUnitMustExistAndBeInUse() {
        assertRefused(
                form(ProposerType.INDIVIDUAL, List.of(), List.of(DISABLED_UNIT)), "suggestedUnitIds", "建议承办单位不存在或已停用");
        assertRefused(form(ProposerType.INDIVIDUAL, List.of(), List.of(99L)), "suggestedUnitIds", "建议承办单位不存在或已停用");
    }

    @Test
    void aCollectiveProposalNamesItsBodyAndAContact() {
        ProposalForm collective = form(ProposerType.COLLECTIVE, List.of(), List.of());
        assertRefused(collective, "bodyKind", "集体提案须选择提案单位类型");

        ProposalForm complete = new ProposalForm(
                false,
                "ECONOMY",
                "案由",
                "情况",
                "分析",
                "建议",
                ProposerType.COLLECTIVE,
                BodyKind.PARTY,
                "民盟区委",
                "李四",
                "010-12345678",
                List.of(),
                List.of(),
                true,
                null);
        assertThat(rules.check(complete, LEAD)).isEmpty();
        assertRefused(withContactPhone(complete, " "), "contactPhone", "集体提案须填写联系电话");
    }

    @Test
    void withholdingConsentToPublishNeedsAReason() {
        ProposalForm form = form(ProposerType.INDIVIDUAL, List.of(), List.of());
        ProposalForm noConsent = new ProposalForm(
                form.plenary(),
                form.category(),
                form.title(),
                form.situation(),
                form.analysis(),
                form.suggestions(),
                form.proposerType(),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                false,
                "  ");
        assertRefused(noConsent, "noPublishReason", "不同意公开须说明理由");
    }

    private void assertRefused(ProposalForm form, String field, String message) {
        assertThatThrownBy(() -> rules.check(form, LEAD))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldProblems()).containsExactly(new FieldProblem(field, message)));
    }

    private static ProposalForm form(ProposerType type, List<Long> cosigners, List<Long> units) {
        return new ProposalForm(
                false, "ECONOMY", "案由", "情况", "分析", "建议", type, null, null, null, null, cosigners, units, true, null);
    }

    private static ProposalForm withCategory(ProposalForm f, String category) {
        return new ProposalForm(
                f.plenary(),
                category,
                f.title(),
                f.situation(),
                f.analysis(),
                f.suggestions(),
                f.proposerType(),
                f.bodyKind(),
                f.bodyName(),
                f.contactPerson(),
                f.contactPhone(),
                f.cosignerMemberIds(),
                f.suggestedUnitIds(),
                f.consentPublish(),
                f.noPublishReason());
    }

    private static ProposalForm withContactPhone(ProposalForm f, String phone) {
        return new ProposalForm(
                f.plenary(),
                f.category(),
                f.title(),
                f.situation(),
                f.analysis(),
                f.suggestions(),
                f.proposerType(),
                f.bodyKind(),
                f.bodyName(),
                f.contactPerson(),
                phone,
                f.cosignerMemberIds(),
                f.suggestedUnitIds(),
                f.consentPublish(),
                f.noPublishReason());
    }

    /** Two members with accounts, one without; one unit in use and one disabled; one category. */
    private static final class Directory implements OrganisationDirectory {

        private final Map<Long, MemberRef> members = Map.of(
                LEAD, new MemberRef(LEAD, "张三", 100L, 1L, "经济界"),
                COSIGNER, new MemberRef(COSIGNER, "李四", 200L, 1L, "经济界"),
                MEMBER_WITHOUT_ACCOUNT, new MemberRef(MEMBER_WITHOUT_ACCOUNT, "王五", null, 1L, "经济界"));
        private final Map<Long, UnitRef> units = Map.of(
                UNIT, new UnitRef(UNIT, "FGJ", "区发改局", UnitKind.DEPARTMENT, true),
                DISABLED_UNIT, new UnitRef(DISABLED_UNIT, "OLD", "原区经信委", UnitKind.DEPARTMENT, false));

        @Override
        public Optional<MemberRef> member(long memberId) {
            return Optional.ofNullable(members.get(memberId));
        }

        @Override
        public Optional<UnitRef> unit(long unitId) {
            return Optional.ofNullable(units.get(unitId));
        }

        @Override
        public List<DictionaryEntry> dictionary(String type) {
            return "PROPOSAL_CATEGORY".equals(type) ? List.of(new DictionaryEntry("ECONOMY", "经济建设")) : List.of();
        }

        @Override
        public Optional<CommitteeSession> currentSession() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CommitteeSession> session(long sessionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public OrganisationCounts counts() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<MemberProfile> memberOfAccount(long accountId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean sectorExists(long sectorId) {
            throw new UnsupportedOperationException();
        }
    }
}
