import { http } from '@/api/http'

export interface CurrentSession {
  id: number
  term: number
  meeting: number
  name: string
  cosignDeadline: string | null
  plenaryStart: string | null
  plenaryEnd: string | null
  /** The last day a new proposal may be a 大会提案. */
  plenaryProposalsUntil: string | null
}

export interface OrganisationCounts {
  members: number
  units: number
  sectors: number
  workstations: number
  subdistricts: number
  communities: number
  membersWithLogin: number
  unitsWithContact: number
}

export interface MemberProfile {
  id?: number
  name: string
  sectorName: string | null
  level: 'DISTRICT' | 'CITY'
  workstationName: string | null
  party: string | null
  workplace: string | null
}

export interface Overview {
  session: CurrentSession | null
  counts: OrganisationCounts
  me: {
    displayName: string
    roles: string[]
    unitId?: number | null
    unitName?: string | null
    member: MemberProfile | null
  }
}

/** A leader's home as rows, each naming its proposal. */
export interface LeaderHome {
  kind: 'COMMITTEE_LEADER' | 'UNIT_LEADER' | 'NONE'
  keyProposals: {
    proposalId: number
    proposalNumber: number | null
    title: string
    stateLabel: string
    status: string
    leadLeaderName: string | null
    replyDueDate: string | null
  }[]
  pendingInstructions: {
    instructionId: number
    proposalId: number
    proposalTitle: string | null
    unitName: string | null
    content: string | null
    instructedAt: string | null
  }[]
  duties: {
    proposalId: number
    proposalNumber: number | null
    title: string
    duty: string
    dueDate: string | null
  }[]
}

export const workbenchApi = {
  overview: () => http.get<Overview>('/api/workbench/overview'),
  leaderHome: () => http.get<LeaderHome>('/api/workbench/leader-home'),
}
