/** The micro-consultation API's shapes (org.cppcc.platform.consultation). */

export type MatterState =
  | 'RAISED'
  | 'DELIBERATING'
  | 'DECIDING'
  | 'DECIDED'
  | 'IMPLEMENTING'
  | 'EVALUATING'
  | 'CLOSED'
  | 'ANSWERED'
  | 'TO_PUBLIC_OPINION'
  | 'TO_PROPOSAL'
  | 'MERGED'
  | 'DECLINED'

export type TriageOutcome = 'CONSULT' | 'ANSWER' | 'PUBLIC_OPINION' | 'PROPOSAL' | 'MERGE' | 'DECLINE'
export type Conclusion = 'CLOSE' | 'RECONSULT' | 'PROPOSAL'
export type Satisfaction = 'SATISFIED' | 'BASICALLY_SATISFIED' | 'UNSATISFIED'
export type ParticipantKind =
  'MEMBER' | 'RESIDENT_REPRESENTATIVE' | 'COMMUNITY' | 'SUBDISTRICT_OFFICE' | 'UNIT' | 'EXPERT'
export type DutyKind = 'ONLINE' | 'RECEPTION'
export type DutyPeriod = 'MORNING' | 'AFTERNOON' | 'EVENING'

/** The six steps of the method, in order. */
export const STEPS = ['群众提事', '协商议事', '研究定事', '公开晒事', '共同办事', '大家评事'] as const

export const TRIAGE_OUTCOMES: Record<TriageOutcome, string> = {
  CONSULT: '提交协商议事',
  ANSWER: '直接答复',
  PUBLIC_OPINION: '转为社情民意信息',
  PROPOSAL: '转为委员提案',
  MERGE: '合并办理',
  DECLINE: '不予受理',
}

export const CONCLUSIONS: Record<Conclusion, string> = {
  CLOSE: '办结',
  RECONSULT: '重新协商',
  PROPOSAL: '转为委员提案',
}

export const SATISFACTIONS: Record<Satisfaction, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
}

export const PARTICIPANT_KINDS: Record<ParticipantKind, string> = {
  MEMBER: '政协委员',
  RESIDENT_REPRESENTATIVE: '居民代表',
  COMMUNITY: '社区',
  SUBDISTRICT_OFFICE: '街道办事处',
  UNIT: '职能部门',
  EXPERT: '专家',
}

export const DUTY_KINDS: Record<DutyKind, string> = { ONLINE: '线上值班', RECEPTION: '线下接待' }
export const DUTY_PERIODS: Record<DutyPeriod, string> = {
  MORNING: '上午 9:00-12:00',
  AFTERNOON: '下午 14:30-17:30',
  EVENING: '晚上 19:00-21:00',
}

export const STATE_TAGS: Partial<Record<MatterState, 'primary' | 'success' | 'warning' | 'info' | 'danger'>> =
  {
    RAISED: 'warning',
    DELIBERATING: 'primary',
    DECIDING: 'primary',
    DECIDED: 'primary',
    IMPLEMENTING: 'primary',
    EVALUATING: 'warning',
    CLOSED: 'success',
    ANSWERED: 'success',
    TO_PUBLIC_OPINION: 'info',
    TO_PROPOSAL: 'info',
    MERGED: 'info',
    DECLINED: 'danger',
  }

export interface WorkstationRef {
  id: number
  name: string
  kind: 'STATION' | 'ROOM'
  kindLabel: string
  subdistrictName: string
  communityName: string | null
  address: string | null
  enabled: boolean
}

export interface WorkstationStats {
  workstationId: number
  workstationName: string
  kind: 'STATION' | 'ROOM'
  subdistrictName: string
  raised: number
  consulted: number
  solved: number
  evaluations: number
  satisfied: number
  satisfactionRate: number | null
}

export interface Totals {
  raised: number
  consulted: number
  solved: number
  evaluations: number
  satisfied: number
  satisfactionRate: number | null
}

export interface MatterSummary {
  id: number
  title: string
  workstationId: number
  workstationName: string
  place: string
  channel: 'ONLINE' | 'RECEPTION'
  channelLabel: string
  state: MatterState
  stateLabel: string
  step: number
  raisedAt: string
  updatedAt: string
  actionsTotal: number
  actionsDone: number
  actionsOverdue: number
  publishedAt: string | null
  evaluations: number
  satisfiedEvaluations: number
}

export interface Photo {
  id: number
  width: number
  height: number
  url: string
}

export interface Participant {
  id: number
  kind: ParticipantKind
  kindLabel: string
  name: string
  memberId: number | null
  unitId: number | null
  attended: boolean | null
  opinion: string | null
}

export interface Meeting {
  id: number
  roundNo: number
  topic: string
  scheduledAt: string
  online: boolean
  place: string | null
  status: 'SCHEDULED' | 'HELD'
  minutes: string | null
  heldAt: string | null
  participants: Participant[]
}

export interface Report {
  id: number
  percent: number
  note: string
  reporterName: string
  reportedAt: string
  photos: Photo[]
}

export interface Action {
  id: number
  seq: number
  content: string
  unitId: number
  unitName: string
  workingDays: number
  dueDate: string
  progressPercent: number
  status: 'OPEN' | 'DONE'
  overdue: boolean
  doneAt: string | null
  reports: Report[]
}

export interface Decision {
  id: number
  roundNo: number
  summary: string
  decidedAt: string
  publishedAt: string | null
  actions: Action[]
}

export interface Rating {
  id: number
  roundNo: number
  evaluatorKind: 'RAISER' | 'RESIDENT' | 'MEMBER'
  /** The raiser's (code and phone) and members' ratings; RESIDENT ones are unverified and never counted. */
  verified: boolean
  evaluator: string
  satisfaction: Satisfaction
  satisfactionLabel: string
  comment: string | null
  createdAt: string
}

export interface Evaluations {
  roundNo: number
  total: number
  satisfied: number
  basicallySatisfied: number
  unsatisfied: number
  satisfactionRate: number | null
  /** The official ratings of this round are 不满意: closing needs a reason. */
  unsatisfiedVerdict: boolean
  unverified: Tally
  ratings: Rating[]
}

export interface Tally {
  total: number
  satisfied: number
  basicallySatisfied: number
  unsatisfied: number
  satisfactionRate: number | null
}

export interface Step {
  id: number
  actorName: string
  actorRole: string | null
  action: string
  actionLabel: string
  fromState: MatterState | null
  toState: MatterState | null
  toStateLabel: string | null
  comment: string | null
  createdAt: string
}

export type AvailableCode =
  | 'TRIAGE'
  | 'SCHEDULE_MEETING'
  | 'RECORD_MINUTES'
  | 'DECIDE'
  | 'PUBLISH'
  | 'REPORT_PROGRESS'
  | 'EVALUATE'
  | 'CONCLUDE'

export interface Available {
  action: AvailableCode
  targetId: number | null
}

export interface MatterLink {
  id: number
  title: string
  state: MatterState
  stateLabel: string
}

export interface MatterDetail {
  id: number
  trackingCode: string | null
  title: string
  description: string
  place: string
  contactPhone: string | null
  channel: 'ONLINE' | 'RECEPTION'
  channelLabel: string
  workstation: WorkstationRef
  state: MatterState
  stateLabel: string
  step: number
  finished: boolean
  roundNo: number
  triageOutcome: TriageOutcome | null
  triageOutcomeLabel: string | null
  triageComment: string | null
  triagedAt: string | null
  mergedInto: MatterLink | null
  mergedFrom: MatterLink[]
  proposalId: number | null
  proposalMemberName: string | null
  evaluationClosesOn: string | null
  conclusion: Conclusion | null
  conclusionLabel: string | null
  conclusionComment: string | null
  closedAgainstRatings: boolean
  raisedAt: string
  closedAt: string | null
  updatedAt: string
  photos: Photo[]
  meetings: Meeting[]
  decisions: Decision[]
  evaluation: Evaluations
  history: Step[]
  actions: Available[]
}

export interface RaisedMatter {
  id: number
  trackingCode: string
}

export interface MatterForm {
  workstationId: number | null
  title: string
  description: string
  place: string
  contactPhone: string
  /** The resident agreed to be texted each step of the matter at contactPhone. */
  smsUpdates?: boolean
}

export interface Duty {
  id: number
  workstationId: number
  workstationName: string
  memberId: number
  memberName: string
  dutyDate: string
  period: DutyPeriod
  periodLabel: string
  kind: DutyKind
  kindLabel: string
  note: string | null
}

export interface StationedMember {
  id: number
  name: string
  sectorName: string
  level: 'DISTRICT' | 'CITY'
  party: string | null
}

export interface WorkstationCard {
  workstation: WorkstationRef
  stats: WorkstationStats | null
  stationedMembers: number
}

export interface WorkstationPage {
  workstation: WorkstationRef
  liaisons: string[]
  members: { name: string; sectorName: string }[]
  roster: Duty[]
  stats: WorkstationStats | null
  recentMatters: MatterSummary[]
}

export interface District {
  totals: Totals
  workstationCount: number
  workstations: WorkstationStats[]
  recentOutcomes: MatterSummary[]
}

export interface MeetingSummary {
  id: number
  matterId: number
  matterTitle: string
  workstationName: string
  topic: string
  scheduledAt: string
  online: boolean
  place: string | null
}

export interface StaffWorkstation {
  workstation: WorkstationRef
  liaison: boolean
  stationed: boolean
  onDutyToday: boolean
}

export interface Workbench {
  /** The platform's date (its time zone, not the browser's). */
  today: string
  workstations: StaffWorkstation[]
  toTriage: MatterSummary[]
  inHand: MatterSummary[]
  meetings: MeetingSummary[]
  myDuties: Duty[]
}

export interface UnitAction {
  id: number
  matterId: number
  matterTitle: string
  workstationName: string
  matterState: MatterState
  matterStateLabel: string
  seq: number
  content: string
  dueDate: string
  workingDays: number
  progressPercent: number
  status: 'OPEN' | 'DONE'
  overdue: boolean
  lastReportAt: string | null
}

export interface Statistics {
  totals: Totals
  workstations: WorkstationStats[]
}

export interface Invitee {
  kind: ParticipantKind
  memberId?: number | null
  unitId?: number | null
  name?: string | null
}

export interface MeetingPlan {
  topic: string
  scheduledAt: string
  online: boolean
  place: string | null
  participants: Invitee[]
}

export interface ActionPlan {
  content: string
  unitId: number | null
  workingDays: number
}
