import { http } from '@/api/http'

export type SessionStatus = 'PREPARING' | 'ACCEPTING' | 'CLOSED'

export interface CommitteeSession {
  id: number
  term: number
  meeting: number
  name: string
  openedOn: string | null
  plenaryStart: string | null
  plenaryEnd: string | null
  plenaryProposalsUntil: string | null
  cosignDeadline: string | null
  cosignWorkingDays: number
  signOffWorkingDays: number
  contactWorkingDays: number
  replyTerm: string
  evaluationWorkingDays: number
  maxExtensionMonths: number
  status: SessionStatus
  closedAt: string | null
}

export type SessionForm = Omit<CommitteeSession, 'id' | 'status' | 'closedAt'>

export interface HistoryEntry {
  action: string
  detail: string | null
  actorName: string | null
  actedAt: string
}

const BASE = '/api/committee/sessions'

export const sessionsApi = {
  list: () => http.get<CommitteeSession[]>(BASE),
  blank: () => http.get<CommitteeSession>(`${BASE}/blank`),
  create: (form: SessionForm) => http.post<CommitteeSession>(BASE, form),
  update: (id: number, form: SessionForm) => http.put<CommitteeSession>(`${BASE}/${id}`, form),
  open: (id: number) => http.post<CommitteeSession>(`${BASE}/${id}/open`),
  close: (id: number) => http.post<CommitteeSession>(`${BASE}/${id}/close`),
  history: (id: number) => http.get<HistoryEntry[]>(`${BASE}/${id}/history`),
  /** Every session, for everyone's filters (browsing earlier sessions). */
  browse: () => http.get<CommitteeSession[]>('/api/organisation/sessions'),
}

export const SESSION_STATUS: Record<SessionStatus, { label: string; type: 'info' | 'success' | 'warning' }> =
  {
    PREPARING: { label: '筹备中', type: 'info' },
    ACCEPTING: { label: '征集提案中', type: 'success' },
    CLOSED: { label: '已结束', type: 'warning' },
  }

export const HISTORY_ACTIONS: Record<string, string> = {
  CREATED: '创建',
  UPDATED: '修改',
  OPENED: '开放提案征集',
  CLOSED: '结束提案征集',
  RETIRED: '离任',
  REINSTATED: '恢复在任',
  LIAISONS: '调整联络员',
}
