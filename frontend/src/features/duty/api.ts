import { http, request } from '@/api/http'

export interface KindScore {
  kind: string
  label: string
  count: number
  rawPoints: number
  cap: number | null
  points: number
}

export interface DutyEntry {
  id: number
  kind: string
  label: string
  occurredOn: string
  title: string
  points: number
  counted: boolean
  origin: string
  note: string | null
}

export interface YearRecord {
  memberId: number
  memberName: string
  sectorName: string
  specialCommittee: string | null
  year: number
  totalPoints: number
  scores: KindScore[]
  entries: DutyEntry[]
  diaryCount: number
}

export interface EntryChange {
  entryId: number
  action: string
  detail: string | null
  reason: string | null
  actorName: string
  createdAt: string
}

export interface RankRow {
  rank: number
  memberId: number
  name: string
  sectorId: number
  sectorName: string
  specialCommittee: string | null
  points: number
  entries: number
}

export interface GroupRow {
  name: string
  members: number
  totalPoints: number
  averagePoints: number
}

export interface Ranking {
  year: number
  members: RankRow[]
  sectors: GroupRow[]
  committees: GroupRow[]
}

export interface Rule {
  kind: string
  label: string
  points: number
  yearlyCap: number | null
}

export interface RuleChange {
  kind: string
  oldPoints: number
  oldCap: number | null
  newPoints: number
  newCap: number | null
  reason: string
  actorName: string
  createdAt: string
}

export interface DiaryEntry {
  id: number
  entryDate: string
  content: string
  createdAt: string
  photoIds: number[]
}

export interface Invitation {
  memberId: number
  memberName: string | null
  answer: 'PENDING' | 'ATTEND' | 'LEAVE'
  leaveReason: string | null
  answeredAt: string | null
  signedInAt: string | null
}

export interface Activity {
  id: number
  kind: string
  title: string
  place: string
  startsAt: string
  endsAt: string
  description: string | null
  invited: number
  attending: number
  onLeave: number
  signedIn: number
  signInOpen: boolean
  mine: Invitation | null
  invitations: Invitation[]
}

export interface SignInCode {
  token: string
  url: string
  qrPng: string
  expiresAt: string
}

export interface NewActivity {
  kind: string
  title: string
  place: string
  startsAt: string
  endsAt: string
  description: string
  memberIds: number[]
}

export const dutyApi = {
  myRecord: (year?: number) => http.get<YearRecord>('/api/duty/my-record', { year }),
  memberRecord: (memberId: number, year?: number) =>
    http.get<YearRecord>(`/api/duty/members/${memberId}/record`, { year }),
  entryHistory: (entryId: number) => http.get<EntryChange[]>(`/api/duty/entries/${entryId}/history`),
  correct: (entryId: number, body: { points: number | null; voided: boolean; reason: string }) =>
    http.put<void>(`/api/duty/entries/${entryId}`, body),
  addEntry: (
    memberId: number,
    body: { kind: string; occurredOn: string; title: string; points: number | null; reason: string },
  ) => http.post<{ id: number }>(`/api/duty/members/${memberId}/entries`, body),
  ranking: (year?: number, sectorId?: number | null, committee?: string | null) =>
    http.get<Ranking>('/api/duty/rankings', { year, sectorId, committee }),
  rules: () => http.get<{ rules: Rule[]; history: RuleChange[] }>('/api/duty/rules'),
  saveRules: (rules: { kind: string; points: number; yearlyCap: number | null }[], reason: string) =>
    http.put<{ changed: number }>('/api/duty/rules', { rules, reason }),
  backfill: () => http.post<{ added: number }>('/api/duty/backfill'),
  myDiary: () => http.get<DiaryEntry[]>('/api/duty/my-diary'),
  memberDiary: (memberId: number) => http.get<DiaryEntry[]>(`/api/duty/members/${memberId}/diary`),
  writeDiary: (form: FormData) =>
    request<{ id: number }>('/api/duty/my-diary', { method: 'POST', body: form }),
  activities: () => http.get<Activity[]>('/api/duty/activities'),
  activity: (id: number) => http.get<Activity>(`/api/duty/activities/${id}`),
  createActivity: (body: NewActivity) => http.post<{ id: number }>('/api/duty/activities', body),
  invite: (id: number, memberIds: number[]) =>
    http.post<void>(`/api/duty/activities/${id}/invitees`, { memberIds }),
  answer: (id: number, attend: boolean, reason: string | null) =>
    http.post<void>(`/api/duty/activities/${id}/answer`, { attend, reason }),
  signInCode: (id: number) => http.get<SignInCode>(`/api/duty/activities/${id}/sign-in-code`),
  signIn: (id: number, token: string) =>
    http.post<Invitation>(`/api/duty/activities/${id}/sign-in`, { token }),
}

/** The yearly duty report: the member's own, or (staff) a member's. */
export function reportUrl(memberId: number | null, year: number, format: 'pdf' | 'docx'): string {
  const base =
    memberId == null ? '/api/documents/duty-reports/mine' : `/api/documents/duty-reports/members/${memberId}`
  return `${base}?year=${year}&format=${format}`
}
