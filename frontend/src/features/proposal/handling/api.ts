import { http } from '@/api/http'
import type {
  AfterEvaluationDecision,
  ContactForm,
  EvaluationForm,
  Extension,
  Handling,
  Meeting,
  MeetingForm,
  Officers,
  ReplyCheck,
  ReplyClass,
  ReplyForm,
} from './types'

const BASE = '/api/proposals'
const assignment = (id: number) => `${BASE}/assignments/${id}`

export const handlingApi = {
  handling: (id: number) => http.get<Handling>(`${BASE}/${id}/handling`),
  myMeetings: () => http.get<Meeting[]>(`${BASE}/meetings/mine`),
  pendingExtensions: () => http.get<Extension[]>(`${BASE}/extensions/pending`),

  // the handling unit
  recordContact: (assignmentId: number, form: ContactForm) =>
    http.post<void>(`${assignment(assignmentId)}/contacts`, form),
  sendOpinion: (assignmentId: number, content: string) =>
    http.post<void>(`${assignment(assignmentId)}/opinion`, { content }),
  requestExtension: (assignmentId: number, months: number, reason: string) =>
    http.post<{ id: number }>(`${assignment(assignmentId)}/extensions`, { months, reason }),
  saveReply: (assignmentId: number, form: ReplyForm) =>
    http.put<void>(`${assignment(assignmentId)}/reply`, form),
  submitReply: (assignmentId: number) => http.post<void>(`${assignment(assignmentId)}/reply/submit`),
  countersign: (assignmentId: number, agree: boolean, comment: string | null) =>
    http.post<void>(`${assignment(assignmentId)}/countersign`, { agree, comment }),
  approveReply: (assignmentId: number) => http.post<void>(`${assignment(assignmentId)}/reply/approve`),
  officers: (assignmentId: number) => http.get<Officers>(`${assignment(assignmentId)}/officers`),
  handToOfficer: (assignmentId: number, officerAccountId: number, reason: string | null) =>
    http.put<void>(`${assignment(assignmentId)}/officer`, { officerAccountId, reason }),
  followUp: (assignmentId: number, content: string, newClass: ReplyClass | null) =>
    http.post<void>(`${assignment(assignmentId)}/follow-ups`, { content, newClass }),

  // the office, or the lead unit
  scheduleMeeting: (id: number, form: MeetingForm) =>
    http.post<{ id: number }>(`${BASE}/${id}/meetings`, form),
  recordMeeting: (meetingId: number, minutes: string, attendance: string) =>
    http.post<void>(`${BASE}/meetings/${meetingId}/outcome`, { minutes, attendance }),

  // the office
  decideExtension: (extensionId: number, approve: boolean, note: string | null) =>
    http.post<void>(`${BASE}/extensions/${extensionId}/decision`, { approve, note }),
  checkReply: (assignmentId: number, check: ReplyCheck) =>
    http.post<void>(`${assignment(assignmentId)}/reply/check`, check),
  decideAfterEvaluation: (id: number, decision: AfterEvaluationDecision, comment: string | null) =>
    http.post<void>(`${BASE}/${id}/after-evaluation`, { decision, comment }),
  publish: (id: number) => http.post<void>(`${BASE}/${id}/publish`),

  // a proposer, or the office for a paper form
  evaluate: (id: number, form: EvaluationForm) => http.post<void>(`${BASE}/${id}/evaluations`, form),
}
