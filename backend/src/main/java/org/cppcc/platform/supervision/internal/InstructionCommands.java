package org.cppcc.platform.supervision.internal;

import static org.cppcc.platform.supervision.internal.SupervisionSupport.require;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.ProposalBrief;
import org.cppcc.platform.proposal.SupervisionAct;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.supervision.events.SupervisionEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Leaders' instructions (领导批示) to the handling units, and each unit's acknowledgement of its own. */
@Service
class InstructionCommands {

    private final SupervisionSupport support;
    private final SupervisionStore store;

    InstructionCommands(SupervisionSupport support, SupervisionStore store) {
        this.support = support;
        this.store = store;
    }

    @Transactional
    long instruct(PlatformUser leader, long proposalId, SupervisionForms.Instruction form) {
        require(leader, Role.LEADER);
        ProposalBrief proposal = support.openProposal(leader, proposalId);
        List<ProposalBrief.UnitPart> units = proposal.units().stream()
                .filter(u -> u.status() != AssignmentStatus.RETURNED)
                .toList();
        if (units.isEmpty()) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该提案尚未交办，不能批示");
        }
        InstructionRow instruction = new InstructionRow();
        instruction.proposalId = proposalId;
        instruction.leaderAccountId = leader.id();
        instruction.leaderName = leader.displayName();
        instruction.content = form.content().strip();
        instruction.createdAt = support.now();
        store.insertInstruction(instruction);
        Set<Long> unitIds = new LinkedHashSet<>();
        for (ProposalBrief.UnitPart unit : units) {
            if (unitIds.add(unit.unitId())) {
                store.insertAck(instruction.id, unit.unitId(), unit.unitName());
            }
        }
        support.proposals.record(
                leader, Role.LEADER, proposalId, SupervisionAct.INSTRUCTION, null, instruction.content);
        support.events.publish(
                proposalId,
                leader,
                Role.LEADER,
                f -> new SupervisionEvent.InstructionGiven(
                        f, instruction.id, leader.id(), leader.displayName(), instruction.content));
        return instruction.id;
    }

    @Transactional
    void acknowledge(PlatformUser unit, long instructionId, SupervisionForms.Acknowledgement form) {
        require(unit, Role.HANDLING_UNIT);
        InstructionRow instruction = store.instruction(instructionId);
        InstructionAckRow ack =
                instruction == null || unit.unitId() == null ? null : store.ack(instructionId, unit.unitId());
        if (ack == null) {
            throw ApiException.notFound("批示");
        }
        if (store.acknowledge(
                        instructionId, unit.unitId(), unit.id(), form.note().strip(), support.now())
                != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "本单位已阅办该批示");
        }
        support.proposals.record(
                unit,
                Role.HANDLING_UNIT,
                instruction.proposalId,
                SupervisionAct.INSTRUCTION_ACK,
                null,
                ack.unitName + "阅办批示：" + form.note().strip());
        support.events.publish(
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
    }
}
