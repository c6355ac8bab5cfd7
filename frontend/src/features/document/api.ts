/** Download addresses of the official documents (公文); the browser fetches them with the session cookie. */
const BASE = '/api/documents'

export type DocumentFormat = 'pdf' | 'docx'

export const documentUrls = {
  proposalForm: (proposalId: number, format: DocumentFormat) =>
    `${BASE}/proposals/${proposalId}?format=${format}`,
  evaluationForm: (proposalId: number, format: DocumentFormat) =>
    `${BASE}/proposals/${proposalId}/evaluation-form?format=${format}`,
  replyLetter: (assignmentId: number, format: DocumentFormat) =>
    `${BASE}/replies/${assignmentId}?format=${format}`,
  handedOver: (unitId: number, sessionId: number | null, format: DocumentFormat) =>
    `${BASE}/units/${unitId}/handed-over?format=${format}` +
    (sessionId == null ? '' : `&sessionId=${sessionId}`),
  compilation: (sessionId: number, replies: boolean, format: DocumentFormat) =>
    `${BASE}/sessions/${sessionId}/compilation?replies=${replies}&format=${format}`,
}
