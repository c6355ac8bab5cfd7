import { http, type Page, type QueryValue } from '@/api/http'
import type { ProcessDiagram } from '@/shared/processDiagram'
import type {
  ActionPlan,
  Conclusion,
  District,
  Duty,
  DutyKind,
  DutyPeriod,
  MatterDetail,
  MatterForm,
  MatterSummary,
  MeetingPlan,
  RaisedMatter,
  Satisfaction,
  StationedMember,
  Statistics,
  TriageOutcome,
  UnitAction,
  Workbench,
  WorkstationCard,
  WorkstationPage,
} from './types'

const PUBLIC = '/api/public/consultation'
const STAFF = '/api/consultation'

/** A JSON part and photos in one multipart body, as the server's @RequestPart expects them. */
function withPhotos(name: string, json: unknown, photos: Blob[]): FormData {
  const body = new FormData()
  body.append(name, new Blob([JSON.stringify(json)], { type: 'application/json' }))
  photos.forEach((photo, index) => body.append('photos', photo, `photo-${index + 1}.jpg`))
  return body
}

/** The public site: no account needed. */
export const publicApi = {
  district: () => http.get<District>(`${PUBLIC}/district`),
  workstations: (query: Record<string, QueryValue>) =>
    http.get<Page<WorkstationCard>>(`${PUBLIC}/workstations`, query),
  workstation: (id: number) => http.get<WorkstationPage>(`${PUBLIC}/workstations/${id}`),
  matters: (query: Record<string, QueryValue>) => http.get<Page<MatterSummary>>(`${PUBLIC}/matters`, query),
  matter: (id: number) => http.get<MatterDetail>(`${PUBLIC}/matters/${id}`),
  raise: (form: MatterForm, photos: Blob[]) =>
    http.post<RaisedMatter>(`${PUBLIC}/matters`, photos.length ? withPhotos('matter', form, photos) : form),
  track: (code: string, phone: string) => http.post<MatterDetail>(`${PUBLIC}/track`, { code, phone }),
  evaluate: (
    id: number,
    evaluation: {
      phone: string
      satisfaction: Satisfaction
      comment: string | null
      trackingCode: string | null
    },
  ) => http.post<MatterDetail>(`${PUBLIC}/matters/${id}/evaluations`, evaluation),
}

/** The staff's side: workstation liaisons and members, units, residents with an account, office and leaders. */
export const consultationApi = {
  workbench: () => http.get<Workbench>(`${STAFF}/workbench`),
  statistics: () => http.get<Statistics>(`${STAFF}/statistics`),
  matters: (query: Record<string, QueryValue>) => http.get<Page<MatterSummary>>(`${STAFF}/matters`, query),
  matter: (id: number) => http.get<MatterDetail>(`${STAFF}/matters/${id}`),
  diagram: (id: number) => http.get<ProcessDiagram>(`${STAFF}/matters/${id}/diagram`),
  logReception: (form: MatterForm, photos: Blob[]) =>
    http.post<RaisedMatter>(`${STAFF}/matters`, photos.length ? withPhotos('matter', form, photos) : form),
  triage: (
    id: number,
    decision: {
      outcome: TriageOutcome
      comment: string | null
      mergeIntoId: number | null
      memberId: number | null
    },
  ) => http.post<MatterDetail>(`${STAFF}/matters/${id}/triage`, decision),
  scheduleMeeting: (id: number, plan: MeetingPlan) =>
    http.post<MatterDetail>(`${STAFF}/matters/${id}/meetings`, plan),
  recordMinutes: (
    meetingId: number,
    minutes: {
      minutes: string
      attendance: { participantId: number; attended: boolean; opinion: string | null }[]
    },
  ) => http.post<MatterDetail>(`${STAFF}/meetings/${meetingId}/minutes`, minutes),
  decide: (id: number, decision: { summary: string; actions: ActionPlan[] }) =>
    http.post<MatterDetail>(`${STAFF}/matters/${id}/decision`, decision),
  publish: (id: number) => http.post<MatterDetail>(`${STAFF}/matters/${id}/publish`),
  evaluate: (id: number, evaluation: { satisfaction: Satisfaction; comment: string | null }) =>
    http.post<MatterDetail>(`${STAFF}/matters/${id}/evaluations`, evaluation),
  conclude: (
    id: number,
    conclusion: { outcome: Conclusion; comment: string | null; memberId: number | null },
  ) => http.post<MatterDetail>(`${STAFF}/matters/${id}/conclusion`, conclusion),

  actions: (query: Record<string, QueryValue>) => http.get<Page<UnitAction>>(`${STAFF}/actions`, query),
  reportProgress: (actionId: number, report: { percent: number; note: string }, photos: Blob[]) =>
    http.post<MatterDetail>(
      `${STAFF}/actions/${actionId}/progress`,
      photos.length ? withPhotos('report', report, photos) : report,
    ),

  members: (workstationId: number) =>
    http.get<StationedMember[]>(`${STAFF}/workstations/${workstationId}/members`),
  roster: (workstationId: number, from?: string, to?: string) =>
    http.get<Duty[]>(`${STAFF}/workstations/${workstationId}/roster`, { from, to }),
  addDuty: (
    workstationId: number,
    duty: {
      memberId: number | null
      dutyDate: string
      period: DutyPeriod
      kind: DutyKind
      note: string | null
    },
  ) => http.post<Duty>(`${STAFF}/workstations/${workstationId}/roster`, duty),
  removeDuty: (dutyId: number) => http.delete(`${STAFF}/roster/${dutyId}`),
  myDuties: () => http.get<Duty[]>(`${STAFF}/my-duties`),
}
