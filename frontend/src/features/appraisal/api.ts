import { http } from '@/api/http'

/** A published 优秀提案 award (appraisal module). */
export interface Award {
  proposalId: number
  proposalNumber: number | null
  proposalTitle: string
  year: number
  roundId: number
  roundName: string
  meetingDate: string | null
}

export const appraisalApi = {
  awardsOfProposal: (proposalId: number) =>
    http.get<Award[]>(`/api/public/appraisal/proposals/${proposalId}/awards`),
}

/** A year's published 先进承办单位. */
export interface ModelYear {
  year: number
  decidedOn: string | null
  units: string[]
}

export const publicAppraisalApi = {
  awards: () => http.get<Award[]>('/api/public/appraisal/awards'),
  modelUnits: () => http.get<ModelYear[]>('/api/public/appraisal/model-units'),
}

// ---- internal screens: 办理质量考核 and 优秀提案 rounds ----

export interface RuleItem {
  item: string
  points: number
  cap: number | null
  deduction?: boolean
}

export interface RulesView {
  year: number
  /** 0: nothing saved for the year, the defaults score. */
  version: number
  note: string | null
  savedAt: string | null
  items: RuleItem[]
  versions: number[]
}

export interface Evidence {
  role: string
  numerator: number
  denominator: number
  figure: string
  overFigure: string
}

export interface ItemView {
  item: string
  points: number
  earned: number
  numerator: number
  denominator: number
  deduction: boolean
  evidence: Evidence[]
}

export interface UnitRow {
  place: number
  unitId: number
  unitName: string
  computed: number
  adjustment: number
  total: number
  model: boolean
  items: ItemView[]
  adjustments: { points: number; reason: string; at: string }[]
}

export interface Ranking {
  year: number
  sessionId: number | null
  rulesVersion: number
  unitsRanked: number
  published: boolean
  modelDecidedOn: string | null
  modelNote: string | null
  modelPublished: boolean
  rows: UnitRow[]
}

export interface HistoryEntry {
  act: string
  detail: string | null
  actorName: string | null
  at: string
}

export interface RoundSummary {
  id: number
  year: number
  sessionId: number | null
  sessionName: string | null
  name: string
  state: string
  nominations: number
}

export interface ReviewView {
  reviewerId: number
  reviewerName: string
  score: number
  comment: string | null
  at: string
}

export interface NominationView {
  id: number
  proposalId: number
  proposalNumber: number | null
  proposalTitle: string
  nominatorKind: string
  nominatorName: string | null
  reason: string
  at: string
  averageScore: number | null
  reviews: ReviewView[]
  awarded: boolean | null
  decisionNote: string | null
}

export interface RoundView {
  id: number
  year: number
  sessionId: number | null
  sessionName: string | null
  name: string
  state: string
  meetingDate: string | null
  meetingNote: string | null
  publishedAt: string | null
  reviewers: { id: number; name: string }[]
  canReview: boolean
  nominations: NominationView[]
}

export interface Verdict {
  nominationId: number
  awarded: boolean
  note?: string
}

export const assessmentApi = {
  rules: (year: number) => http.get<RulesView>('/api/appraisal/rules', { year }),
  saveRules: (year: number, body: { items: RuleItem[]; note: string }) =>
    http.put<RulesView>(`/api/appraisal/rules/${year}`, body),
  ranking: (year: number, sessionId: number | null) =>
    http.get<Ranking>('/api/appraisal/ranking', { year, sessionId }),
  adjust: (year: number, body: { unitId: number; points: number; reason: string }) =>
    http.post<Ranking>(`/api/appraisal/ranking/${year}/adjustments`, body),
  publishRanking: (year: number) => http.post<Ranking>(`/api/appraisal/ranking/${year}/publish`),
  decideModelUnits: (year: number, body: { unitIds: number[]; decidedOn: string; note: string }) =>
    http.put<Ranking>(`/api/appraisal/model-units/${year}`, body),
  publishModelUnits: (year: number) => http.post<Ranking>(`/api/appraisal/model-units/${year}/publish`),
  history: (year: number) => http.get<HistoryEntry[]>(`/api/appraisal/years/${year}/history`),
}

export const roundsApi = {
  list: () => http.get<RoundSummary[]>('/api/appraisal/rounds'),
  open: (body: { year: number; sessionId: number | null; name: string }) =>
    http.post<RoundView>('/api/appraisal/rounds', body),
  get: (id: number) => http.get<RoundView>(`/api/appraisal/rounds/${id}`),
  nominate: (id: number, body: { proposalId: number; reason: string }) =>
    http.post<RoundView>(`/api/appraisal/rounds/${id}/nominations`, body),
  /** The office's staff and the leaders, who may be appointed reviewers. */
  reviewers: () => http.get<{ id: number; name: string }[]>('/api/appraisal/reviewers'),
  startReview: (id: number, reviewerIds: number[]) =>
    http.post<RoundView>(`/api/appraisal/rounds/${id}/review`, { reviewerIds }),
  review: (nominationId: number, body: { score: number; comment: string }) =>
    http.put<void>(`/api/appraisal/nominations/${nominationId}/review`, body),
  decide: (id: number, body: { meetingDate: string; meetingNote: string; verdicts: Verdict[] }) =>
    http.post<RoundView>(`/api/appraisal/rounds/${id}/decision`, body),
  publish: (id: number) => http.post<RoundView>(`/api/appraisal/rounds/${id}/publish`),
  history: (id: number) => http.get<HistoryEntry[]>(`/api/appraisal/rounds/${id}/history`),
}
