import { http, type Page, type QueryValue } from '@/api/http'

export type OpinionState = 'DRAFT' | 'SUBMITTED' | 'ADOPTED' | 'SENT_UPWARD' | 'DECLINED'
export type OpinionSource = 'MEMBER' | 'PROPOSAL' | 'MATTER'

export interface OpinionSummary {
  id: number
  title: string
  category: string
  state: OpinionState
  source: OpinionSource
  sourceId: number | null
  sourceLabel: string | null
  authors: string
  submittedAt: string | null
  sentCount: number
  instructionCount: number
  useCount: number
  updatedAt: string
}

export interface OpinionAuthor {
  memberId: number
  memberName: string
  sectorName: string | null
  seq: number
}

export interface OpinionFollowUp {
  id: number
  kind: 'SENT' | 'INSTRUCTION' | 'USE'
  kindLabel: string
  party: string
  happenedOn: string
  text: string | null
  recorderName: string
  recordedAt: string
}

export interface OpinionHistory {
  id: number
  actorName: string
  action: string
  fromState: OpinionState | null
  toState: OpinionState
  comment: string | null
  createdAt: string
}

export interface OpinionDetail {
  id: number
  title: string
  category: string
  content: string
  originalTitle: string | null
  originalContent: string | null
  edited: boolean
  state: OpinionState
  source: OpinionSource
  sourceId: number | null
  sourceLabel: string | null
  submittedAt: string | null
  decisionComment: string | null
  mine: boolean
  authors: OpinionAuthor[]
  followUps: OpinionFollowUp[]
  history: OpinionHistory[]
}

export interface OpinionDraft {
  title: string
  category: string
  content: string
  coAuthorMemberIds: number[]
}

const base = '/api/opinion/reports'

export const opinionApi = {
  mine: (query: Record<string, QueryValue>) => http.get<Page<OpinionSummary>>(`${base}/mine`, query),
  all: (query: Record<string, QueryValue>) => http.get<Page<OpinionSummary>>(base, query),
  detail: (id: number) => http.get<OpinionDetail>(`${base}/${id}`),
  create: (form: OpinionDraft) => http.post<{ id: number }>(base, form),
  update: (id: number, form: OpinionDraft) => http.put<void>(`${base}/${id}`, form),
  submit: (id: number) => http.post<void>(`${base}/${id}/submission`),
  edit: (id: number, form: { title: string; content: string }) => http.put<void>(`${base}/${id}/text`, form),
  decide: (id: number, form: { adopt: boolean; comment: string | null }) =>
    http.post<void>(`${base}/${id}/decision`, form),
  send: (id: number, form: { recipient: string; sentOn: string; note: string | null }) =>
    http.post<{ id: number }>(`${base}/${id}/sendings`, form),
  instruct: (id: number, form: { leader: string; instructedOn: string; text: string }) =>
    http.post<{ id: number }>(`${base}/${id}/instructions`, form),
  use: (id: number, form: { usedBy: string; usedOn: string; description: string }) =>
    http.post<{ id: number }>(`${base}/${id}/uses`, form),
}

/** Where a report came from, as a link to the proposal or matter it was converted from. */
export function sourceLink(source: OpinionSource, sourceId: number | null): string | null {
  if (sourceId === null) return null
  if (source === 'PROPOSAL') return `/proposals/${sourceId}`
  if (source === 'MATTER') return `/consultation/matters/${sourceId}`
  return null
}
