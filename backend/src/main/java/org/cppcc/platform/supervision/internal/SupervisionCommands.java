package org.cppcc.platform.supervision.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cppcc.platform.account.AccountContact;
import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.notification.Notice;
import org.cppcc.platform.notification.Notifications;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.ProposalBrief;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ProposalSupervision;
import org.cppcc.platform.proposal.SupervisionAct;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.storage.FileStorage;
import org.cppcc.platform.supervision.events.SupervisionEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The acts of supervision. Only the office shortlists, approves and chases; only leaders write instructions;
 * only a unit acknowledges them, and only its own. Each act lands in the proposal's history too.
 */
@Service
class SupervisionCommands {

    private static final Set<ProposalState> OPEN = Set.of(
            ProposalState.ASSIGNMENT,
            ProposalState.AWAITING_SIGN_OFF,
            ProposalState.HANDLING,
            ProposalState.REHANDLING,
            ProposalState.REPLY_REVIEW,
            ProposalState.AWAITING_EVALUATION);
    private static final long MAX_PHOTO_BYTES = 10L * 1024 * 1024;
    private static final int MAX_PHOTOS = 12;

    private final ProposalSupervision proposals;
    private final SupervisionStore store;
    private final Notifications notifications;
    private final AccountService accounts;
    private final FileStorage storage;
    private final WorkingDayCalendar calendar;
    private final SupervisionProperties properties;
    private final SupervisionEventPublisher events;
    private final Clock clock;

    SupervisionCommands(
            ProposalSupervision proposals,
            SupervisionStore store,
            Notifications notifications,
            AccountService accounts,
            FileStorage storage,
            WorkingDayCalendar calendar,
            SupervisionProperties properties,
            SupervisionEventPublisher events,
            Clock clock) {
        this.proposals = proposals;
        this.store = store;
        this.notifications = notifications;
        this.accounts = accounts;
        this.storage = storage;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    // --- key proposals -------------------------------------------------------------------------

    @Transactional
    void shortlist(PlatformUser office, SupervisionForms.Shortlist form) {
        require(office, Role.PROPOSAL_OFFICE);
        ProposalBrief proposal = openProposal(office, form.proposalId());
        if (store.keyProposal(proposal.id()) != null || proposal.keyProposal()) {
            throw new ApiException(ErrorCode.DUPLICATE, "该提案已在重点提案名单中");
        }
        store.insertKeyProposal(proposal.id(), form.reason().strip(), office.id(), now());
        proposals.record(
                office,
                Role.PROPOSAL_OFFICE,
                proposal.id(),
                SupervisionAct.KEY_SHORTLIST,
                null,
                form.reason().strip());
        events.publish(
                proposal.id(),
                office,
                Role.PROPOSAL_OFFICE,
                f -> new SupervisionEvent.KeyProposalShortlisted(
                        f, form.reason().strip()));
    }

    @Transactional
    void drop(PlatformUser office, long proposalId) {
        require(office, Role.PROPOSAL_OFFICE);
        Rows.KeyProposal key = store.keyProposal(proposalId);
        if (key == null) {
            throw ApiException.notFound("重点提案候选");
        }
        if (store.dropKeyProposal(proposalId) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "已经审定的重点提案不能移出");
        }
        proposals.record(office, Role.PROPOSAL_OFFICE, proposalId, SupervisionAct.KEY_DROP, null, null);
        events.publish(proposalId, office, Role.PROPOSAL_OFFICE, SupervisionEvent.KeyProposalDropped::new);
    }

    /** The chair's meeting approved it: record the meeting and the supervising leader, start supervision. */
    @Transactional
    void approve(PlatformUser office, long proposalId, SupervisionForms.Approval form) {
        require(office, Role.PROPOSAL_OFFICE);
        Rows.KeyProposal key = store.keyProposal(proposalId);
        if (key == null) {
            throw ApiException.notFound("重点提案候选");
        }
        AccountContact leader = leader(form.leadLeaderId());
        if (form.approvedOn().isAfter(LocalDate.now(clock))) {
            throw ApiException.invalid("approvedOn", "审定日期不能晚于今天");
        }
        LocalDate replyDue = form.replyDueDate();
        if (replyDue == null
                && properties.keyReplyPeriod() != null
                && !properties.keyReplyPeriod().isBlank()) {
            replyDue =
                    calendar.onOrNextWorkingDay(LocalDate.now(clock).plus(Period.parse(properties.keyReplyPeriod())));
        }
        if (store.approveKeyProposal(
                        proposalId,
                        form.meetingName().strip(),
                        form.approvedOn(),
                        office.id(),
                        leader.id(),
                        replyDue,
                        now())
                != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该重点提案已经审定");
        }
        String comment = form.meetingName().strip() + "（" + form.approvedOn() + "）审定，领衔督办：" + leader.displayName()
                + (blank(form.comment()) ? "" : "。" + form.comment().strip());
        proposals.approveKeyProposal(office, proposalId, replyDue, comment);
        LocalDate due = replyDue;
        events.publish(
                proposalId,
                office,
                Role.PROPOSAL_OFFICE,
                f -> new SupervisionEvent.KeyProposalApproved(
                        f, form.meetingName().strip(), form.approvedOn(), leader.id(), leader.displayName(), due));
        ProposalBrief proposal = proposals.brief(proposalId).orElseThrow();
        notifications.send(
                new Notice(
                        "KEY_PROPOSAL",
                        "您领衔督办重点提案" + label(proposal),
                        label(proposal) + "经" + form.meetingName().strip() + "审定列为重点提案，由您领衔督办。",
                        link(proposalId),
                        "key:" + proposalId + ":leader:" + leader.id()),
                List.of(leader.id()));
        notifications.send(
                new Notice(
                        "KEY_PROPOSAL",
                        label(proposal) + "列为重点提案",
                        label(proposal) + "经" + form.meetingName().strip() + "审定列为重点提案，领衔督办领导：" + leader.displayName()
                                + (replyDue == null ? "" : "，答复期限：" + replyDue) + "。请加大办理力度。",
                        link(proposalId),
                        "key:" + proposalId + ":units"),
                unitAccounts(proposal, null));
    }

    @Transactional
    void changeLeader(PlatformUser office, long proposalId, SupervisionForms.Leader form) {
        require(office, Role.PROPOSAL_OFFICE);
        AccountContact leader = leader(form.leadLeaderId());
        Rows.KeyProposal key = store.keyProposal(proposalId);
        if (key == null) {
            throw ApiException.notFound("重点提案");
        }
        if (store.setLeader(proposalId, leader.id()) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "只有已审定的重点提案可以调整领衔督办领导");
        }
        proposals.record(
                office,
                Role.PROPOSAL_OFFICE,
                proposalId,
                SupervisionAct.SUPERVISING_LEADER,
                null,
                "领衔督办领导调整为" + leader.displayName());
        events.publish(
                proposalId,
                office,
                Role.PROPOSAL_OFFICE,
                f -> new SupervisionEvent.SupervisingLeaderChanged(
                        f, leader.id(), leader.displayName(), key.leadLeaderId));
        notifications.send(
                new Notice(
                        "KEY_PROPOSAL",
                        "您领衔督办一件重点提案",
                        "请查看重点提案督办情况。",
                        link(proposalId),
                        "key:" + proposalId + ":leader:" + leader.id()),
                List.of(leader.id()));
    }

    /** The supervising leader (or the office) ends supervision after the look-back review. */
    @Transactional
    void conclude(PlatformUser actor, long proposalId, SupervisionForms.Conclusion form) {
        Rows.KeyProposal key = store.keyProposal(proposalId);
        if (key == null || !proposals.canView(actor, proposalId)) {
            throw ApiException.notFound("重点提案");
        }
        Role role;
        if (actor.has(Role.PROPOSAL_OFFICE)) {
            role = Role.PROPOSAL_OFFICE;
        } else if (actor.has(Role.LEADER) && key.leadLeaderId != null && key.leadLeaderId == actor.id()) {
            role = Role.LEADER;
        } else {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有领衔督办领导或提案委可以结束督办");
        }
        if (store.concludeKeyProposal(proposalId, form.conclusion().strip(), now()) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "只有审定后、尚未结束督办的重点提案可以结束督办");
        }
        proposals.concludeKeySupervision(
                actor, role, proposalId, form.conclusion().strip());
        events.publish(
                proposalId,
                actor,
                role,
                f -> new SupervisionEvent.KeySupervisionConcluded(
                        f, form.conclusion().strip(), key.leadLeaderId));
    }

    // --- instructions ------------------------------------------------------------------------------

    @Transactional
    long instruct(PlatformUser leader, long proposalId, SupervisionForms.Instruction form) {
        require(leader, Role.LEADER);
        ProposalBrief proposal = openProposal(leader, proposalId);
        List<ProposalBrief.UnitPart> units = proposal.units().stream()
                .filter(u -> u.status() != AssignmentStatus.RETURNED)
                .toList();
        if (units.isEmpty()) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该提案尚未交办，不能批示");
        }
        Rows.Instruction instruction = new Rows.Instruction();
        instruction.proposalId = proposalId;
        instruction.leaderAccountId = leader.id();
        instruction.leaderName = leader.displayName();
        instruction.content = form.content().strip();
        instruction.createdAt = now();
        store.insertInstruction(instruction);
        Set<Long> unitIds = new LinkedHashSet<>();
        for (ProposalBrief.UnitPart unit : units) {
            if (unitIds.add(unit.unitId())) {
                store.insertAck(instruction.id, unit.unitId(), unit.unitName());
            }
        }
        proposals.record(leader, Role.LEADER, proposalId, SupervisionAct.INSTRUCTION, null, instruction.content);
        events.publish(
                proposalId,
                leader,
                Role.LEADER,
                f -> new SupervisionEvent.InstructionGiven(
                        f, instruction.id, leader.id(), leader.displayName(), instruction.content));
        List<Long> to = unitAccounts(proposal, null);
        to.addAll(accounts.accountsWithRole(Role.PROPOSAL_OFFICE));
        notifications.send(
                new Notice(
                        "INSTRUCTION",
                        leader.displayName() + "对" + label(proposal) + "作出批示",
                        leader.displayName() + "批示：" + withStop(instruction.content) + "请承办单位认真阅办并反馈。",
                        link(proposalId),
                        "instruction:" + instruction.id),
                to);
        return instruction.id;
    }

    @Transactional
    void acknowledge(PlatformUser unit, long instructionId, SupervisionForms.Acknowledgement form) {
        require(unit, Role.HANDLING_UNIT);
        Rows.Instruction instruction = store.instruction(instructionId);
        Rows.Ack ack = instruction == null || unit.unitId() == null ? null : store.ack(instructionId, unit.unitId());
        if (ack == null) {
            throw ApiException.notFound("批示");
        }
        if (store.acknowledge(
                        instructionId, unit.unitId(), unit.id(), form.note().strip(), now())
                != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "本单位已阅办该批示");
        }
        proposals.record(
                unit,
                Role.HANDLING_UNIT,
                instruction.proposalId,
                SupervisionAct.INSTRUCTION_ACK,
                null,
                ack.unitName + "阅办批示：" + form.note().strip());
        events.publish(
                instruction.proposalId,
                unit,
                Role.HANDLING_UNIT,
                f -> new SupervisionEvent.InstructionAcknowledged(
                        f,
                        instructionId,
                        unit.unitId(),
                        ack.unitName,
                        instruction.leaderAccountId,
                        form.note().strip()));
        notifications.send(
                new Notice(
                        "INSTRUCTION",
                        ack.unitName + "已阅办您的批示",
                        ack.unitName + "：" + form.note().strip(),
                        link(instruction.proposalId),
                        "instruction:" + instructionId + ":ack:" + unit.unitId()),
                List.of(instruction.leaderAccountId));
    }

    // --- chasing ------------------------------------------------------------------------------------

    @Transactional
    long chase(PlatformUser office, SupervisionForms.Chase form) {
        require(office, Role.PROPOSAL_OFFICE);
        ProposalBrief proposal = openProposal(office, form.proposalId());
        String unitName = null;
        if (form.unitId() != null) {
            unitName = proposal.units().stream()
                    .filter(u -> u.unitId() == form.unitId() && u.status() != AssignmentStatus.RETURNED)
                    .map(ProposalBrief.UnitPart::unitName)
                    .findFirst()
                    .orElseThrow(() -> ApiException.invalid("unitId", "该单位不是本提案的承办单位"));
        } else if (proposal.units().isEmpty()) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该提案尚未交办，没有可催办的单位");
        }
        Rows.Chase chase = new Rows.Chase();
        chase.proposalId = proposal.id();
        chase.unitId = form.unitId();
        chase.message = form.message().strip();
        chase.chasedBy = office.id();
        chase.chaserName = office.displayName();
        chase.createdAt = now();
        store.insertChase(chase);
        proposals.record(
                office,
                Role.PROPOSAL_OFFICE,
                proposal.id(),
                SupervisionAct.CHASE,
                null,
                (unitName == null ? "催办各承办单位：" : "催办" + unitName + "：") + chase.message);
        events.publish(
                proposal.id(),
                office,
                Role.PROPOSAL_OFFICE,
                f -> new SupervisionEvent.Chased(f, chase.id, form.unitId(), chase.chaserName, chase.message));
        notifications.send(
                new Notice(
                        "CHASE",
                        "【催办】" + label(proposal),
                        office.displayName() + "（提案委）催办：" + chase.message,
                        link(proposal.id()),
                        "chase:" + chase.id),
                unitAccounts(proposal, form.unitId()));
        return chase.id;
    }

    // --- site visits and look-back reviews -------------------------------------------------------------

    @Transactional
    long recordVisit(PlatformUser actor, long proposalId, SupervisionForms.Visit form) {
        Role role = officeOrLeader(actor);
        ProposalBrief proposal = registeredProposal(actor, proposalId);
        if (form.visitDate().isAfter(LocalDate.now(clock))) {
            throw ApiException.invalid("visitDate", "日期不能晚于今天");
        }
        Rows.Visit visit = new Rows.Visit();
        visit.proposalId = proposal.id();
        visit.kind = form.kind().name();
        visit.visitDate = form.visitDate();
        visit.place = form.place().strip();
        visit.participants = form.participants().strip();
        visit.notes = form.notes().strip();
        visit.recordedBy = actor.id();
        visit.recorderName = actor.displayName();
        visit.createdAt = now();
        store.insertVisit(visit);
        proposals.record(
                actor,
                role,
                proposal.id(),
                form.kind() == SupervisionForms.VisitKind.LOOK_BACK
                        ? SupervisionAct.LOOK_BACK
                        : SupervisionAct.SITE_VISIT,
                null,
                visit.visitDate + "，" + visit.place + "：" + visit.notes);
        events.publish(
                proposal.id(),
                actor,
                role,
                f -> new SupervisionEvent.VisitRecorded(
                        f,
                        visit.id,
                        form.kind() == SupervisionForms.VisitKind.LOOK_BACK,
                        visit.visitDate,
                        visit.place));
        return visit.id;
    }

    @Transactional
    Rows.Photo addPhoto(PlatformUser actor, long visitId, MultipartFile file) {
        officeOrLeader(actor);
        Rows.Visit visit = store.visit(visitId);
        if (visit == null || !proposals.canView(actor, visit.proposalId)) {
            throw ApiException.notFound("督办记录");
        }
        if (file == null || file.isEmpty()) {
            throw ApiException.invalid("file", "请选择要上传的照片");
        }
        if (file.getSize() > MAX_PHOTO_BYTES) {
            throw ApiException.invalid("file", "照片不能超过10MB");
        }
        if (store.photoCount(visitId) >= MAX_PHOTOS) {
            throw ApiException.invalid("file", "每次督办最多上传" + MAX_PHOTOS + "张照片");
        }
        String name = file.getOriginalFilename() == null
                ? "photo"
                : file.getOriginalFilename().replaceAll("[\\\\/]", "_");
        String contentType = photoType(name, file);
        String key;
        try (InputStream in = file.getInputStream()) {
            key = storage.store("supervision", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Rows.Photo photo = new Rows.Photo();
        photo.visitId = visitId;
        photo.fileName = name.length() > 200 ? name.substring(name.length() - 200) : name;
        photo.contentType = contentType;
        photo.sizeBytes = file.getSize();
        photo.storageKey = key;
        photo.uploadedBy = actor.id();
        photo.uploadedAt = now();
        store.insertPhoto(photo);
        return photo;
    }

    Rows.Photo photo(PlatformUser viewer, long visitId, long photoId) {
        Rows.Photo photo = store.photo(photoId);
        Rows.Visit visit = store.visit(visitId);
        if (photo == null
                || visit == null
                || photo.visitId != visitId
                || !proposals.canView(viewer, visit.proposalId)) {
            throw ApiException.notFound("照片");
        }
        return photo;
    }

    InputStream open(Rows.Photo photo) {
        return storage.open(photo.storageKey);
    }

    // --- unit leaders (second escalation level) --------------------------------------------------------------

    @Transactional
    void setUnitLeaders(PlatformUser office, long unitId, SupervisionForms.UnitLeaders form) {
        require(office, Role.PROPOSAL_OFFICE);
        for (Long accountId : form.accountIds()) {
            AccountContact contact = accounts.contact(accountId).orElse(null);
            if (contact == null || contact.unitId() == null || contact.unitId() != unitId) {
                throw ApiException.invalid("accountIds", "单位领导须为本单位的账户");
            }
        }
        store.deleteUnitLeaders(unitId);
        new LinkedHashSet<>(form.accountIds()).forEach(a -> store.insertUnitLeader(unitId, a));
    }

    List<Long> unitLeaders(long unitId) {
        return store.unitLeaders(unitId);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private ProposalBrief openProposal(PlatformUser actor, long proposalId) {
        ProposalBrief proposal = registeredProposal(actor, proposalId);
        if (!OPEN.contains(proposal.state())) {
            throw new ApiException(
                    ErrorCode.STATE_CONFLICT, "提案当前状态为「" + proposal.state().label() + "」，不能进行此操作");
        }
        return proposal;
    }

    private ProposalBrief registeredProposal(PlatformUser actor, long proposalId) {
        if (!proposals.canView(actor, proposalId)) {
            throw ApiException.notFound("提案");
        }
        ProposalBrief proposal = proposals.brief(proposalId).orElseThrow(() -> ApiException.notFound("提案"));
        if (proposal.number() == null) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "只有已立案的提案可以督办");
        }
        return proposal;
    }

    private AccountContact leader(long accountId) {
        if (!accounts.accountsWithRole(Role.LEADER).contains(accountId)) {
            throw ApiException.invalid("leadLeaderId", "请选择一位领导作为领衔督办领导");
        }
        return accounts.contact(accountId).orElseThrow();
    }

    private List<Long> unitAccounts(ProposalBrief proposal, Long onlyUnit) {
        List<Long> to = new ArrayList<>();
        proposal.units().stream()
                .filter(u -> u.status() != AssignmentStatus.RETURNED)
                .filter(u -> onlyUnit == null || u.unitId() == onlyUnit)
                .map(ProposalBrief.UnitPart::unitId)
                .distinct()
                .forEach(u -> to.addAll(accounts.accountsOfUnit(u)));
        return to;
    }

    private static Role officeOrLeader(PlatformUser actor) {
        if (actor.has(Role.PROPOSAL_OFFICE)) {
            return Role.PROPOSAL_OFFICE;
        }
        if (actor.has(Role.LEADER)) {
            return Role.LEADER;
        }
        throw new ApiException(ErrorCode.FORBIDDEN, "只有提案委或领导可以记录督办情况");
    }

    static void require(PlatformUser user, Role role) {
        if (!user.has(role)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有" + role.label() + "可以进行此操作");
        }
    }

    private static String photoType(String name, MultipartFile file) {
        String lower = name.toLowerCase(Locale.ROOT);
        byte[] head = new byte[4];
        try (InputStream in = file.getInputStream()) {
            int read = in.readNBytes(head, 0, 4);
            if (read >= 3
                    && (lower.endsWith(".jpg") || lower.endsWith(".jpeg"))
                    && (head[0] & 0xFF) == 0xFF
                    && (head[1] & 0xFF) == 0xD8
                    && (head[2] & 0xFF) == 0xFF) {
                return "image/jpeg";
            }
            if (read == 4
                    && lower.endsWith(".png")
                    && (head[0] & 0xFF) == 0x89
                    && head[1] == 'P'
                    && head[2] == 'N'
                    && head[3] == 'G') {
                return "image/png";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw ApiException.invalid("file", "只能上传JPG或PNG格式的照片");
    }

    static String label(ProposalBrief proposal) {
        return (proposal.number() == null ? "" : "第" + proposal.number() + "号提案") + "「" + proposal.title() + "」";
    }

    static String link(long proposalId) {
        return "/supervision/proposals/" + proposalId;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The text ending in one full stop, however the writer ended it. */
    static String withStop(String text) {
        return text.endsWith("。") || text.endsWith("！") || text.endsWith("？") ? text : text + "。";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
