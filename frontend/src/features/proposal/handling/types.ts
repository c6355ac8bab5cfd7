/** The shapes of handling, reply, evaluation and publication (part 2 of the lifecycle), and their words. */

export type ContactWay = 'VISIT' | 'PHONE' | 'MEETING' | 'OTHER'
export type ReplyClass = 'A' | 'B' | 'C'
export type ReplyStatus =
  'DRAFT' | 'COUNTERSIGNING' | 'LEADER_APPROVAL' | 'OFFICE_CHECK' | 'RETURNED' | 'SENT'
export type Satisfaction = 'SATISFIED' | 'BASICALLY_SATISFIED' | 'UNSATISFIED'
export type ExtensionStatus = 'REQUESTED' | 'APPROVED' | 'REFUSED'
export type AfterEvaluationDecision = 'CLOSE' | 'REHANDLE'

export type HandlingActionCode =
  | 'RECORD_CONTACT'
  | 'SEND_OPINION'
  | 'SAVE_REPLY'
  | 'SUBMIT_REPLY'
  | 'REQUEST_EXTENSION'
  | 'SCHEDULE_MEETING'
  | 'APPROVE_REPLY'
  | 'FOLLOW_UP'
  | 'COUNTERSIGN'
  | 'CHECK_REPLY'
  | 'DECIDE_EXTENSION'
  | 'EVALUATE_ON_PAPER'
  | 'DECIDE_AFTER_EVALUATION'
  | 'PUBLISH'
  | 'EVALUATE'
  | 'RECORD_MEETING'

/** `targetId`: the assignment, or for DECIDE_EXTENSION the extension, for RECORD_MEETING the meeting. */
export interface HandlingAction {
  action: HandlingActionCode
  targetId: number | null
}

export interface Contact {
  id: number
  assignmentId: number
  unitName: string
  contactDate: string
  contactWay: ContactWay
  content: string
  createdAt: string
}

export interface Opinion {
  id: number
  assignmentId: number
  unitName: string
  content: string
  createdAt: string
}

export interface Meeting {
  id: number
  proposalId: number
  meetingTime: string
  place: string
  chair: string
  organisedBy: number
  minutes: string | null
  attendance: string | null
  heldAt: string | null
  /** A unit's 分管领导 chairing as an account; null when the chair is only named. */
  chairAccountId: number | null
}

/** 承办人: someone of the unit the assignment can be handed to. */
export interface UnitPerson {
  id: number
  displayName: string
  /** Named as the unit's 分管领导. */
  leader: boolean
}

export interface OfficerChange {
  fromAccountId: number | null
  fromName: string | null
  toAccountId: number
  toName: string
  reason: string | null
  changedBy: number
  changedByName: string
  changedAt: string
}

export interface Officers {
  officerAccountId: number | null
  officerName: string | null
  candidates: UnitPerson[]
  changes: OfficerChange[]
}

export interface Extension {
  id: number
  proposalId: number
  assignmentId: number
  unitName: string
  months: number
  reason: string
  status: ExtensionStatus
  requestedAt: string
  decidedAt: string | null
  decisionNote: string | null
}

export interface Reply {
  id: number
  proposalId: number
  assignmentId: number
  handlingRound: number
  referenceNumber: string
  title: string
  replyClass: ReplyClass
  body: string
  signingLeader: string
  officer: string
  officerPhone: string
  status: ReplyStatus
  version: number
  returnComment: string | null
  finalClass: ReplyClass | null
  createdAt: string
  updatedAt: string
  sentAt: string | null
}

export interface Countersign {
  replyId: number
  replyVersion: number
  assignmentId: number
  unitName: string
  agreed: boolean
  comment: string | null
  decidedAt: string
}

export interface Evaluation {
  id: number
  handlingRound: number
  memberId: number
  memberName: string
  contacted: boolean
  contactWay: ContactWay | null
  attitude: Satisfaction
  result: Satisfaction
  comments: string | null
  onPaper: boolean
  createdAt: string
}

export interface FollowUp {
  id: number
  assignmentId: number
  unitName: string
  content: string
  newClass: ReplyClass | null
  createdAt: string
}

export interface Handling {
  contacts: Contact[]
  opinions: Opinion[]
  meetings: Meeting[]
  extensions: Extension[]
  replies: Reply[]
  countersigns: Countersign[]
  evaluations: Evaluation[]
  followUps: FollowUp[]
  evaluatorMemberIds: number[]
  actions: HandlingAction[]
}

export const EMPTY_HANDLING: Handling = {
  contacts: [],
  opinions: [],
  meetings: [],
  extensions: [],
  replies: [],
  countersigns: [],
  evaluations: [],
  followUps: [],
  evaluatorMemberIds: [],
  actions: [],
}

// ---- request bodies ----------------------------------------------------------------------

export interface ContactForm {
  contactDate: string
  way: ContactWay
  content: string
}

export interface MeetingForm {
  /** yyyy-MM-ddTHH:mm:ss */
  meetingTime: string
  place: string
  chair: string
  inviteeMemberIds: number[]
  inviteeUnitIds: number[]
  chairAccountId?: number | null
}

export interface ReplyForm {
  replyClass: ReplyClass
  body: string
  signingLeader: string
  officer: string
  officerPhone: string
}

export interface ReplyCheck {
  approve: boolean
  finalClass: ReplyClass | null
  comment: string | null
}

export interface EvaluationForm {
  /** Set when the office enters a paper form for this proposer. */
  memberId?: number | null
  contacted: boolean
  contactWay: ContactWay | null
  attitude: Satisfaction
  result: Satisfaction
  comments: string | null
}

// ---- words ---------------------------------------------------------------------------------

type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export const CONTACT_WAYS: Record<ContactWay, string> = {
  VISIT: '走访',
  PHONE: '电话',
  MEETING: '座谈',
  OTHER: '其他',
}

export const REPLY_STATUS: Record<ReplyStatus, { label: string; tag: TagType }> = {
  DRAFT: { label: '起草中', tag: 'info' },
  COUNTERSIGNING: { label: '会办单位会签中', tag: 'warning' },
  LEADER_APPROVAL: { label: '待单位领导签发', tag: 'warning' },
  OFFICE_CHECK: { label: '提案委审核中', tag: 'primary' },
  RETURNED: { label: '退回修改', tag: 'danger' },
  SENT: { label: '已答复', tag: 'success' },
}

export const SATISFACTION: Record<Satisfaction, { label: string; tag: TagType }> = {
  SATISFIED: { label: '满意', tag: 'success' },
  BASICALLY_SATISFIED: { label: '基本满意', tag: 'warning' },
  UNSATISFIED: { label: '不满意', tag: 'danger' },
}

export const EXTENSION_STATUS: Record<ExtensionStatus, { label: string; tag: TagType }> = {
  REQUESTED: { label: '待审批', tag: 'warning' },
  APPROVED: { label: '已同意', tag: 'success' },
  REFUSED: { label: '不同意', tag: 'danger' },
}

/** The class the proposers see: the office's, when it changed the unit's. */
export const effectiveClass = (reply: {
  replyClass: ReplyClass
  finalClass?: ReplyClass | null
}): ReplyClass => reply.finalClass ?? reply.replyClass

/** "2026-03-01…" → "2026年3月1日", as a letter is dated. */
export function letterDate(value: string | null | undefined): string {
  if (!value) return ''
  const [y, m, d] = value.slice(0, 10).split('-').map(Number)
  return `${y}年${m}月${d}日`
}
