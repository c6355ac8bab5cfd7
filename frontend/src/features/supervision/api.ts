import { http, type Page, type QueryValue } from '@/api/http'

export type DeadlineKind = 'SIGN_OFF' | 'CONTACT' | 'REPLY' | 'OPINION' | 'EVALUATION'
export type ItemStatus = 'OVERDUE' | 'DUE_SOON' | 'ON_TRACK'

export const KIND_LABELS: Record<DeadlineKind, string> = {
  SIGN_OFF: '签收',
  CONTACT: '办前沟通',
  REPLY: '答复',
  OPINION: '会办意见',
  EVALUATION: '评价',
}

export const STATUS_LABELS: Record<ItemStatus, string> = {
  OVERDUE: '已超期',
  DUE_SOON: '即将到期',
  ON_TRACK: '正常',
}

export interface BoardItem {
  itemKey: string
  kind: DeadlineKind
  kindLabel: string
  proposalId: number
  proposalNumber: number | null
  title: string
  state: string
  stateLabel: string
  keyProposal: boolean
  leadLeaderName: string | null
  assignmentId: number | null
  unitId: number | null
  unitName: string
  unitRole: string | null
  dueDate: string
  workingDaysLeft: number
  calendarDaysLeft: number
  status: ItemStatus
  escalationLevel: number
  /** Who the highest overdue warning still in force really went to, e.g. 已通知承办单位账户（未设分管领导）. */
  escalationLabel: string | null
  /** A unit's item whose unit has no leader (分管领导) named: level 2 goes to the unit's accounts. */
  unitLeaderMissing: boolean
  latestInstruction: { id: number; leaderName: string; content: string; createdAt: string } | null
}

export interface UnitCount {
  unitId: number | null
  unitName: string
  open: number
  overdue: number
  dueSoon: number
}

export interface UnitPart {
  assignmentId: number
  unitId: number
  unitName: string
  role: 'LEAD' | 'ASSISTING' | 'SPLIT'
  status: string
  signDueDate: string | null
  contactDueDate: string | null
  replyDueDate: string | null
}

export interface ProposalBrief {
  id: number
  sessionId: number
  number: number | null
  title: string
  category: string
  state: string
  keyProposal: boolean
  replyDueLimit: string | null
  units: UnitPart[]
}

export interface KeyProposal {
  proposalId: number
  status: 'SHORTLISTED' | 'APPROVED' | 'CONCLUDED'
  shortlistReason: string | null
  shortlistedAt: string
  meetingName: string | null
  approvedOn: string | null
  leadLeaderId: number | null
  leadLeaderName: string | null
  replyDueDate: string | null
  concludedAt: string | null
  conclusion: string | null
}

export interface Ack {
  instructionId: number
  proposalId?: number
  proposalTitle?: string
  unitId: number
  unitName: string
  acknowledgedBy: number | null
  acknowledgedAt: string | null
  note: string | null
}

export interface Instruction {
  id: number
  proposalId: number
  leaderAccountId: number
  leaderName: string
  content: string
  createdAt: string
  acks: Ack[]
}

export interface Chase {
  id: number
  unitId: number | null
  unitName: string | null
  message: string
  chaserName: string
  createdAt: string
}

export interface Photo {
  id: number
  visitId: number
  fileName: string
  contentType: string
  sizeBytes: number
}

export interface Visit {
  id: number
  kind: 'SITE_VISIT' | 'LOOK_BACK'
  visitDate: string
  place: string
  participants: string
  notes: string
  recorderName: string
  photos: Photo[]
}

export interface Reminder {
  id: number
  kind: 'DUE_SOON' | 'OVERDUE'
  level: number
  deadlineKind: DeadlineKind
  dueDate: string
  recipients: number
  sentAt: string
  /** Who really received it, as its notice said (null on reminders recorded before this was kept). */
  audience: string | null
}

export interface SupervisionDetail {
  proposal: ProposalBrief
  keyProposal: KeyProposal | null
  openItems: BoardItem[]
  instructions: Instruction[]
  chases: Chase[]
  visits: Visit[]
  reminders: Reminder[]
}

export interface KeyProposalEntry {
  proposal: ProposalBrief
  keyProposal: KeyProposal
  instructions: number
  pendingAcks: number
}

export interface ClockState {
  now: string
  offsetDays: number
  adjustable: boolean
  unavailableReason: string | null
  remindersSent: number | null
}

const BASE = '/api/supervision'

export const supervisionApi = {
  board: (query: Record<string, QueryValue>) => http.get<Page<BoardItem>>(`${BASE}/board`, query),
  unitCounts: () => http.get<UnitCount[]>(`${BASE}/board/units`),
  detail: (id: number) => http.get<SupervisionDetail>(`${BASE}/proposals/${id}`),
  keyProposals: () => http.get<KeyProposalEntry[]>(`${BASE}/key-proposals`),
  candidates: () => http.get<ProposalBrief[]>(`${BASE}/key-proposals/candidates`),
  leaders: () => http.get<{ id: number; displayName: string }[]>(`${BASE}/leaders`),
  shortlist: (proposalId: number, reason: string) =>
    http.post<SupervisionDetail>(`${BASE}/key-proposals`, { proposalId, reason }),
  drop: (proposalId: number) => http.delete(`${BASE}/key-proposals/${proposalId}`),
  approve: (
    proposalId: number,
    body: {
      meetingName: string
      approvedOn: string
      leadLeaderId: number | null
      replyDueDate: string | null
    },
  ) => http.post<SupervisionDetail>(`${BASE}/key-proposals/${proposalId}/approval`, body),
  changeLeader: (proposalId: number, leadLeaderId: number) =>
    http.put<void>(`${BASE}/key-proposals/${proposalId}/leader`, { leadLeaderId }),
  conclude: (proposalId: number, conclusion: string) =>
    http.post<void>(`${BASE}/key-proposals/${proposalId}/conclusion`, { conclusion }),
  instruct: (proposalId: number, content: string) =>
    http.post<{ id: number }>(`${BASE}/proposals/${proposalId}/instructions`, { content }),
  pendingAcks: () => http.get<Ack[]>(`${BASE}/instructions/pending`),
  acknowledge: (instructionId: number, note: string) =>
    http.post<void>(`${BASE}/instructions/${instructionId}/acknowledgement`, { note }),
  chase: (proposalId: number, unitId: number | null, message: string) =>
    http.post<{ id: number }>(`${BASE}/chases`, { proposalId, unitId, message }),
  recordVisit: (
    proposalId: number,
    body: { kind: string; visitDate: string; place: string; participants: string; notes: string },
  ) => http.post<{ id: number }>(`${BASE}/proposals/${proposalId}/visits`, body),
  uploadPhoto: (visitId: number, file: File) => {
    const body = new FormData()
    body.append('file', file)
    return http.post<Photo>(`${BASE}/visits/${visitId}/photos`, body)
  },
  photoUrl: (visitId: number, photoId: number) => `${BASE}/visits/${visitId}/photos/${photoId}`,
  clock: () => http.get<ClockState>('/api/demo/clock'),
  moveClock: (offsetDays: number) => http.put<ClockState>('/api/demo/clock', { offsetDays }),
}

/** "还剩3个工作日" / "今日到期" / "超期2个工作日" (a weekend right after the due date still shows as overdue). */
export function daysText(item: Pick<BoardItem, 'status' | 'workingDaysLeft' | 'calendarDaysLeft'>): string {
  if (item.status === 'OVERDUE') {
    const late = Math.max(1, -item.workingDaysLeft)
    return `超期${late}个工作日`
  }
  if (item.calendarDaysLeft === 0) return '今日到期'
  return `还剩${item.workingDaysLeft}个工作日`
}

export const proposalLabel = (number: number | null, title: string) =>
  number == null ? title : `第${number}号 ${title}`
