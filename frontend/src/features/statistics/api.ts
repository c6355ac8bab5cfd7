import { http, type Page, type QueryValue } from '@/api/http'

export type UnitRole = 'LEAD' | 'ASSISTING' | 'SPLIT'
export type Dimension = 'CATEGORY' | 'SECTOR' | 'SESSION' | 'COMMITTEE' | 'MEMBER' | 'YEAR'

/** One group's per-proposal counts (docs/statistics.md). */
export interface FigureRow {
  keyId: number | null
  keyText: string | null
  name: string | null
  submitted: number
  registered: number
  refused: number
  merged: number
  converted: number
  replied: number
  contacted: number
  evaluated: number
  satisfied: number
  classA: number
  classB: number
  classC: number
  rehandled: number
  replyRate: number | null
  satisfactionRate: number | null
  contactRate: number | null
  rehandlingRate: number | null
}

/** One unit's part; lead, assisting and split units are counted apart. */
export interface UnitRow {
  unitId: number
  unitName: string
  role: UnitRole
  roleLabel: string
  assigned: number
  signed: number
  signedOnTime: number
  contacted: number
  contactedOnTime: number
  replied: number
  repliedOnTime: number
  classA: number
  classB: number
  classC: number
  evaluated: number
  satisfied: number
  rehandled: number
  signOnTimeRate: number | null
  contactRate: number | null
  contactOnTimeRate: number | null
  replyRate: number | null
  replyOnTimeRate: number | null
  satisfactionRate: number | null
  rehandlingRate: number | null
}

export interface ProposalBoard {
  scope: {
    from: string | null
    to: string | null
    sessionId: number | null
    unitId: number | null
    unitName: string | null
  }
  totals: FigureRow
  categories: FigureRow[]
  sectors: FigureRow[]
  sessions: FigureRow[]
  committees: FigureRow[]
  members: FigureRow[]
  years: FigureRow[]
  units: UnitRow[]
}

export interface ProposalLine {
  id: number
  sessionId: number
  number: number | null
  title: string
  category: string
  state: string
  submittedOn: string
  handlingRound: number
}

export interface MatterCounts {
  raised: number
  consulted: number
  decided: number
  done: number
  evaluations: number
  satisfied: number
  duties: number
  satisfactionRate: number | null
}

export interface StationRow {
  workstationId: number
  name: string
  kind: 'STATION' | 'ROOM'
  subdistrictId: number
  subdistrictName: string
  counts: MatterCounts
  noDuty: boolean
  noMatter: boolean
}

export interface SubdistrictRow {
  subdistrictId: number
  name: string
  places: number
  placesWithoutDuty: number
  placesWithoutMatter: number
  counts: MatterCounts
}

export interface MatterBoard {
  totals: MatterCounts
  coverage: {
    places: number
    withoutDuty: number
    withoutMatter: number
    dutyCoverageRate: number | null
    matterCoverageRate: number | null
  }
  subdistricts: SubdistrictRow[]
  stations: StationRow[]
}

export interface MatterLine {
  id: number
  trackingCode: string
  workstationId: number
  title: string
  state: string
  raisedOn: string
}

export interface PublicRow {
  keyId: number | null
  keyText: string | null
  name: string | null
  registered: number
  replied: number
  evaluated: number
  satisfied: number
  replyRate: number | null
  satisfactionRate: number | null
}

export interface PublicBoard {
  totals: PublicRow
  categories: PublicRow[]
  years: PublicRow[]
}

export type Query = Record<string, QueryValue>

export const statisticsApi = {
  proposals: (query: Query) => http.get<ProposalBoard>('/api/statistics/proposals', query),
  proposalList: (query: Query) => http.get<Page<ProposalLine>>('/api/statistics/proposals/list', query),
  matters: (query: Query) => http.get<MatterBoard>('/api/statistics/matters', query),
  matterList: (query: Query) => http.get<Page<MatterLine>>('/api/statistics/matters/list', query),
  publicBoard: () => http.get<PublicBoard>('/api/public/statistics/proposals'),
}

export const rate = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${value}%`
