import { http, type QueryValue } from '@/api/http'
import type { DocumentFormat } from '@/features/document/api'
import type { AssignmentPlan, UnitRole } from '@/features/proposal/types'

export interface UnitView {
  id: number
  name: string
}

export interface Candidate {
  id: number
  sessionId: number
  proposalNumber: number | null
  title: string
  category: string
  categoryLabel: string
  proposer: string
  registeredAt: string | null
  suggestedUnits: UnitView[]
}

export interface BatchSummary {
  id: number
  name: string
  meetingDate: string
  createdByName: string
  createdAt: string
  proposalCount: number
  unitCount: number
}

export interface BatchView {
  id: number
  name: string
  meetingDate: string
  note: string | null
  createdByName: string
  createdAt: string
  proposals: {
    proposalId: number
    proposalNumber: number | null
    title: string
    units: { unitId: number; unitName: string; role: UnitRole }[]
  }[]
  units: { unitId: number; unitName: string; count: number }[]
}

export interface BatchRequest {
  name: string
  meetingDate: string
  note: string
  items: { proposalId: number; plan: AssignmentPlan }[]
}

const BASE = '/api/proposals/assignment-batches'
const DOCS = '/api/documents/batches'

export const batchApi = {
  candidates: (query: Record<string, QueryValue>) => http.get<Candidate[]>(`${BASE}/candidates`, query),
  list: () => http.get<BatchSummary[]>(BASE),
  detail: (id: number) => http.get<BatchView>(`${BASE}/${id}`),
  confirm: (request: BatchRequest) => http.post<BatchView>(BASE, request),
}

/** The 交办会's papers: plain download links, fetched by the browser with the session cookie. */
export const batchDocumentUrls = {
  notice: (batchId: number, unitId: number, format: DocumentFormat) =>
    `${DOCS}/${batchId}/units/${unitId}/notice?format=${format}`,
  list: (batchId: number, unitId: number, format: DocumentFormat) =>
    `${DOCS}/${batchId}/units/${unitId}/list?format=${format}`,
  allNotices: (batchId: number, format: DocumentFormat) => `${DOCS}/${batchId}/notices?format=${format}`,
  zip: (batchId: number, format: DocumentFormat) => `${DOCS}/${batchId}/notices.zip?format=${format}`,
}
