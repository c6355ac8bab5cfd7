import type { Assignment, ProposalDetail } from '../types'
import type { Reply } from './types'

/** The proposal's handling round: the highest round of its assignments (1 before any second round). */
export function currentRound(proposal: ProposalDetail): number {
  return proposal.assignments.reduce((round, a) => Math.max(round, a.handlingRound ?? 1), 1)
}

export function assignmentOf(
  proposal: ProposalDetail,
  assignmentId: number | null | undefined,
): Assignment | null {
  return proposal.assignments.find((a) => a.id === assignmentId) ?? null
}

/** The names of the lead proposer and the co-signers, by member id (who may evaluate). */
export function memberNames(proposal: ProposalDetail): Map<number, string> {
  const names = new Map<number, string>()
  if (proposal.leadMemberId != null) names.set(proposal.leadMemberId, proposal.leadMemberName ?? '')
  for (const c of proposal.cosigners) names.set(c.memberId, c.name)
  return names
}

/** Whom a reply letter addresses. */
export function salutationOf(proposal: ProposalDetail): string {
  if (proposal.proposerType === 'COLLECTIVE') return `${proposal.bodyName ?? ''}：`
  const lead = proposal.leadMemberName ?? ''
  return proposal.proposerType === 'JOINT' ? `${lead}等委员：` : `${lead}委员：`
}

/** A reply letter goes in copy to the assisting units of its round and to the proposal office. */
export function copiesOf(proposal: ProposalDetail, reply: Reply): string[] {
  const assisting = proposal.assignments
    .filter(
      (a) => a.unitRole === 'ASSISTING' && a.handlingRound === reply.handlingRound && a.status !== 'RETURNED',
    )
    .map((a) => a.unitName)
  return [...assisting, '政协提案委员会']
}

/** Rounds present in a list, newest first. */
export function roundsOf(items: { handlingRound: number }[]): number[] {
  return [...new Set(items.map((i) => i.handlingRound))].sort((a, b) => b - a)
}

/** Everything ReplyLetter shows of one reply, for `v-bind`. */
export function letterOf(proposal: ProposalDetail, reply: Reply) {
  return {
    referenceNumber: reply.referenceNumber,
    title: reply.title,
    replyClass: reply.finalClass ?? reply.replyClass,
    body: reply.body,
    unitName: assignmentOf(proposal, reply.assignmentId)?.unitName ?? '',
    signingLeader: reply.signingLeader,
    date: reply.sentAt ?? reply.updatedAt,
    salutation: salutationOf(proposal),
    officer: reply.officer,
    officerPhone: reply.officerPhone,
    copies: copiesOf(proposal, reply),
  }
}
