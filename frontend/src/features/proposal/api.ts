import { http, type Page, type QueryValue } from '@/api/http'
import type { ProcessDiagram } from '@/shared/processDiagram'
import type {
  AssignmentPlan,
  Attachment,
  HistoryEntry,
  ProposalDetail,
  ProposalForm,
  ProposalSummary,
  ReturnDecision,
  ReviewDecision,
  TodoItem,
} from './types'

const BASE = '/api/proposals'

export const proposalsApi = {
  list: (query: Record<string, QueryValue>) => http.get<Page<ProposalSummary>>(BASE, query),
  todo: () => http.get<TodoItem[]>(`${BASE}/todo`),
  detail: (id: number) => http.get<ProposalDetail>(`${BASE}/${id}`),
  history: (id: number) => http.get<HistoryEntry[]>(`${BASE}/${id}/history`),
  diagram: (id: number) => http.get<ProcessDiagram>(`${BASE}/${id}/diagram`),

  create: (form: ProposalForm) => http.post<ProposalDetail>(BASE, form),
  enterForProposer: (memberId: number | null, form: ProposalForm) =>
    http.post<ProposalDetail>(`${BASE}/staff-entries`, { memberId, form }),
  update: (id: number, form: ProposalForm) => http.put<ProposalDetail>(`${BASE}/${id}`, form),
  submit: (id: number) => http.post<ProposalDetail>(`${BASE}/${id}/submit`),
  answerInvitation: (id: number, confirm: boolean) =>
    http.post<ProposalDetail>(`${BASE}/${id}/cosign`, { confirm }),
  submitForReview: (id: number) => http.post<ProposalDetail>(`${BASE}/${id}/submit-for-review`),

  uploadAttachment: (id: number, file: File) => {
    const body = new FormData()
    body.append('file', file)
    return http.post<Attachment>(`${BASE}/${id}/attachments`, body)
  },
  /** A plain link: the browser downloads it with the session cookie. */
  attachmentUrl: (id: number, attachmentId: number) => `${BASE}/${id}/attachments/${attachmentId}`,
  deleteAttachment: (id: number, attachmentId: number) =>
    http.delete(`${BASE}/${id}/attachments/${attachmentId}`),

  /** No body (204) when the proposal was returned for revision: it is its proposer's draft again. */
  review: (id: number, decision: ReviewDecision) =>
    http.post<ProposalDetail | undefined>(`${BASE}/${id}/review`, decision),
  assign: (id: number, plan: AssignmentPlan) => http.post<ProposalDetail>(`${BASE}/${id}/assign`, plan),
  decideReturn: (assignmentId: number, decision: ReturnDecision) =>
    http.post<void>(`${BASE}/assignments/${assignmentId}/return-decision`, decision),

  signFor: (assignmentId: number) => http.post<void>(`${BASE}/assignments/${assignmentId}/sign`),
  requestReturn: (assignmentId: number, reason: string) =>
    http.post<void>(`${BASE}/assignments/${assignmentId}/return-request`, { reason }),
}
