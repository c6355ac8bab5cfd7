package org.cppcc.platform.opinion.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.cppcc.platform.account.AccountContact;
import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.consultation.MatterTexts;
import org.cppcc.platform.consultation.TriageOutcome;
import org.cppcc.platform.consultation.events.MatterEvent;
import org.cppcc.platform.opinion.OpinionCategory;
import org.cppcc.platform.opinion.OpinionSource;
import org.cppcc.platform.organisation.MemberProfile;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.OrganisationDirectory.MemberRef;
import org.cppcc.platform.proposal.ProposalPaper;
import org.cppcc.platform.proposal.ProposalPapers;
import org.cppcc.platform.proposal.ReviewDecision.ConversionKind;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.proposal.events.ProposalFacts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The two places that hand work to 社情民意 — the office's review converting a proposal, a workstation triaging a
 * matter — each create a report here, with the source linked. Like the other listeners (ADR 0004) they run after
 * the source's commit from the event publication registry: a crash or a failure leaves the publication to be
 * resubmitted, and a second delivery finds the report of its source and writes nothing.
 */
@Component
class Conversions {

    private final OpinionCommands commands;
    private final ProposalPapers papers;
    private final MatterTexts matters;
    private final OrganisationDirectory directory;
    private final AccountService accounts;

    Conversions(
            OpinionCommands commands,
            ProposalPapers papers,
            MatterTexts matters,
            OrganisationDirectory directory,
            AccountService accounts) {
        this.commands = commands;
        this.papers = papers;
        this.matters = matters;
        this.directory = directory;
        this.accounts = accounts;
    }

    /** 转社情民意信息: the proposers become the authors; the proposal's three parts become the text. */
    @ApplicationModuleListener
    void on(ProposalEvent.Converted e) {
        if (e.convertedTo() != ConversionKind.PUBLIC_OPINION) {
            return;
        }
        ProposalFacts f = e.facts();
        // The listener has no signed-in user: it reads the proposal as the office account that converted it.
        PlatformUser reader = new PlatformUser(
                f.actorAccountId() == null ? 0L : f.actorAccountId(),
                "opinion-conversion",
                "系统",
                Set.of(Role.PROPOSAL_OFFICE),
                null);
        ProposalPaper paper = papers.proposal(reader, f.proposalId(), false);
        String content = "【情况与问题】" + paper.situation() + "\n【分析】" + paper.analysis() + "\n【建议】" + paper.suggestions();
        List<MemberRef> authors = new ArrayList<>();
        for (Long accountId : f.proposerAccountIds()) {
            directory
                    .memberOfAccount(accountId)
                    .map(MemberProfile::id)
                    .flatMap(directory::member)
                    .ifPresent(authors::add);
        }
        commands.convert(new OpinionCommands.Conversion(
                OpinionSource.PROPOSAL,
                f.proposalId(),
                f.label(),
                f.title(),
                category(f.category()),
                content,
                authors,
                f.actorAccountId(),
                name(f.actorAccountId()),
                f.actorRole(),
                e.comment()));
    }

    /**
     * 转为社情民意信息 at triage: a member on duty who triaged it is its author; a liaison's triage leaves it without
     * an author, for the office to take up.
     */
    @ApplicationModuleListener
    void on(MatterEvent.Triaged e) {
        if (e.outcome() != TriageOutcome.PUBLIC_OPINION) {
            return;
        }
        var f = e.facts();
        MatterTexts.MatterText matter = matters.text(f.matterId()).orElseThrow();
        List<MemberRef> authors = new ArrayList<>();
        if (f.actorRole() == Role.MEMBER && f.actorAccountId() != null) {
            directory
                    .memberOfAccount(f.actorAccountId())
                    .map(MemberProfile::id)
                    .flatMap(directory::member)
                    .ifPresent(authors::add);
        }
        String content = "群众在" + (matter.workstationName() == null ? "委员工作站" : matter.workstationName()) + "反映："
                + matter.description()
                + (matter.place() == null ? "" : "（地点：" + matter.place() + "）")
                + (e.comment() == null ? "" : "\n【研判意见】" + e.comment());
        commands.convert(new OpinionCommands.Conversion(
                OpinionSource.MATTER,
                f.matterId(),
                "微协商事项" + f.label(),
                "关于" + matter.title() + "的情况反映",
                OpinionCategory.SOCIETY,
                content,
                authors,
                f.actorAccountId(),
                name(f.actorAccountId()),
                f.actorRole(),
                e.comment()));
    }

    private String name(Long accountId) {
        return accountId == null
                ? null
                : accounts.contact(accountId).map(AccountContact::displayName).orElse(null);
    }

    /** The proposal categories that have a 社情民意 counterpart keep it; the rest are 其他. */
    static OpinionCategory category(String proposalCategory) {
        if ("POLITICS".equals(proposalCategory)) {
            return OpinionCategory.GOVERNANCE;
        }
        return Arrays.stream(OpinionCategory.values())
                .filter(c -> c.name().equals(proposalCategory))
                .findFirst()
                .orElse(OpinionCategory.OTHER);
    }
}
