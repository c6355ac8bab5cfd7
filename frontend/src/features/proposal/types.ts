/** The proposal API's shapes and the Chinese words the screens show for its codes. */

export type ProposalState =
  | 'DRAFT'
  | 'COSIGNING'
  | 'UNDER_REVIEW'
  | 'ASSIGNMENT'
  | 'AWAITING_SIGN_OFF'
  | 'HANDLING'
  | 'REPLY_REVIEW'
  | 'AWAITING_EVALUATION'
  | 'REHANDLING'
  | 'CLOSED'
  | 'PUBLISHED'
  | 'REFUSED'
  | 'CONVERTED'
  | 'MERGED'

export type ProposerType = 'INDIVIDUAL' | 'JOINT' | 'COLLECTIVE'
export type BodyKind = 'PARTY' | 'GROUP' | 'SECTOR' | 'COMMITTEE'
export type CosignerStatus = 'PENDING' | 'INVITED' | 'CONFIRMED' | 'DECLINED' | 'EXPIRED' | 'MERGED'
export type UnitRole = 'LEAD' | 'ASSISTING' | 'SPLIT'
export type AssignmentStatus = 'AWAITING_SIGN_OFF' | 'SIGNED' | 'RETURN_REQUESTED' | 'RETURNED'
export type ActionCode =
  | 'EDIT'
  | 'SUBMIT'
  | 'SUBMIT_FOR_REVIEW'
  | 'ANSWER_INVITATION'
  | 'REVIEW'
  | 'ASSIGN'
  | 'DECIDE_RETURN'
  | 'SIGN_FOR'
  | 'REQUEST_RETURN'
export type TodoTask =
  | 'EDIT_DRAFT'
  | 'SUBMIT_FOR_REVIEW'
  | 'COSIGN'
  | 'REVIEW'
  | 'ASSIGN'
  | 'DECIDE_RETURN'
  | 'SIGN_FOR'
  | 'HANDLE'
  | 'COUNTERSIGN'
  | 'APPROVE_REPLY'
  | 'CHECK_REPLY'
  | 'DECIDE_EXTENSION'
  | 'EVALUATE'
  | 'FOLLOW_EVALUATION'
  | 'PUBLISH'
  | 'CHAIR_MEETING'
export type ListScope = 'MINE' | 'UNIT' | 'SUBMITTED'
export type ReviewOutcome = 'REGISTER' | 'REFUSE' | 'CONVERT' | 'MERGE' | 'RETURN'
export type ConversionKind = 'PUBLIC_OPINION' | 'OPINION'
export type AssignMode = 'LEAD_AND_ASSISTING' | 'SPLIT'

export interface ProposalSummary {
  id: number
  sessionName: string | null
  proposalNumber: number | null
  title: string
  category: string
  categoryLabel?: string | null
  plenary: boolean
  proposerType: ProposerType
  proposerName: string | null
  sectorName: string | null
  state: ProposalState
  stateLabel?: string
  keyProposal: boolean
  submittedAt: string | null
  updatedAt: string | null
}

export interface ProposalFilters {
  scope?: ListScope
  keyword?: string
  sessionId?: number | null
  state?: ProposalState | ''
  category?: string
  sectorId?: number | null
  unitId?: number | null
  proposerType?: ProposerType | ''
}

export interface TodoItem {
  proposalId: number
  proposalNumber: number | null
  title: string
  state: ProposalState
  stateLabel?: string
  task: TodoTask
  assignmentId: number | null
  unitName: string | null
  dueDate: string | null
  /** 承办人: the unit's officer holding the assignment, when one is named. */
  officerAccountId?: number | null
  officerName?: string | null
}

export interface Cosigner {
  memberId: number
  name: string
  sectorName: string | null
  accountId: number | null
  status: CosignerStatus
  invitedAt: string | null
  answeredAt: string | null
}

export interface Assignment {
  id: number
  unitId: number
  unitName: string
  unitRole: UnitRole
  status: AssignmentStatus
  handlingRound: number
  signDueDate: string | null
  returnReason: string | null
  signedAt: string | null
  replacedById: number | null
  officerAccountId?: number | null
}

export interface Attachment {
  id: number
  proposalId: number
  fileName: string
  contentType: string
  sizeBytes: number
  uploadedAt: string
}

export interface ProposalAction {
  action: ActionCode
  assignmentId: number | null
}

export interface ProposalDetail {
  id: number
  sessionName: string | null
  proposalNumber: number | null
  plenary: boolean
  category: string
  categoryLabel: string | null
  title: string
  situation: string
  analysis: string
  suggestions: string
  proposerType: ProposerType
  leadMemberId: number | null
  leadMemberName: string | null
  bodyKind: BodyKind | null
  bodyName: string | null
  contactPerson: string | null
  contactPhone: string | null
  sectorName: string | null
  consentPublish: boolean
  noPublishReason: string | null
  state: ProposalState
  stateLabel: string
  keyProposal: boolean
  mergedIntoId: number | null
  convertedTo: string | null
  refusalReason: string | null
  decisionComment: string | null
  submittedAt: string | null
  registeredAt: string | null
  createdAt: string
  updatedAt: string
  suggestedUnits: { id: number; name: string }[]
  cosigners: Cosigner[]
  assignments: Assignment[]
  attachments: Attachment[]
  actions: ProposalAction[]
}

/** The body of create and update. */
export interface ProposalForm {
  plenary: boolean
  category: string
  title: string
  situation: string
  analysis: string
  suggestions: string
  proposerType: ProposerType
  bodyKind: BodyKind | null
  bodyName: string | null
  contactPerson: string | null
  contactPhone: string | null
  cosignerMemberIds: number[]
  suggestedUnitIds: number[]
  consentPublish: boolean
  noPublishReason: string | null
}

export interface HistoryEntry {
  id: number
  actorName: string | null
  actorRole: string | null
  actorRoleLabel: string | null
  onBehalfOf: string | null
  action: string
  actionLabel: string
  fromState: ProposalState | null
  toState: ProposalState | null
  toStateLabel: string | null
  comment: string | null
  createdAt: string
}

export interface ReviewDecision {
  outcome: ReviewOutcome
  refusalReason?: string | null
  convertTo?: ConversionKind | null
  mergeIntoId?: number | null
  comment?: string | null
}

export interface AssignmentPlan {
  mode: AssignMode
  leadUnitId: number | null
  assistingUnitIds: number[]
  splitUnitIds: number[]
  comment: string | null
}

export interface ReturnDecision {
  approve: boolean
  newUnitId?: number | null
  comment?: string | null
}

type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export const STATE_TAGS: Record<ProposalState, TagType> = {
  DRAFT: 'info',
  COSIGNING: 'warning',
  UNDER_REVIEW: 'warning',
  ASSIGNMENT: 'warning',
  AWAITING_SIGN_OFF: 'primary',
  HANDLING: 'primary',
  REPLY_REVIEW: 'primary',
  AWAITING_EVALUATION: 'primary',
  REHANDLING: 'danger',
  CLOSED: 'success',
  PUBLISHED: 'success',
  REFUSED: 'danger',
  CONVERTED: 'info',
  MERGED: 'info',
}

export const PROPOSER_TYPES: Record<ProposerType, string> = {
  INDIVIDUAL: '个人',
  JOINT: '联名',
  COLLECTIVE: '集体',
}

export const BODY_KINDS: Record<BodyKind, string> = {
  PARTY: '党派',
  GROUP: '人民团体',
  SECTOR: '界别',
  COMMITTEE: '专委会',
}

export const COSIGNER_STATUS: Record<CosignerStatus, { label: string; tag: TagType }> = {
  PENDING: { label: '待邀请', tag: 'info' },
  INVITED: { label: '待确认', tag: 'warning' },
  CONFIRMED: { label: '已确认', tag: 'success' },
  DECLINED: { label: '已谢绝', tag: 'danger' },
  EXPIRED: { label: '未确认', tag: 'info' },
  MERGED: { label: '并案', tag: 'info' },
}

export const UNIT_ROLES: Record<UnitRole, string> = {
  LEAD: '主办',
  ASSISTING: '会办',
  SPLIT: '分办',
}

export const ASSIGNMENT_STATUS: Record<AssignmentStatus, { label: string; tag: TagType }> = {
  AWAITING_SIGN_OFF: { label: '待签收', tag: 'warning' },
  SIGNED: { label: '已签收', tag: 'success' },
  RETURN_REQUESTED: { label: '申请退回', tag: 'danger' },
  RETURNED: { label: '已退回', tag: 'info' },
}

export const TODO_TASKS: Record<TodoTask, string> = {
  EDIT_DRAFT: '修改草稿',
  SUBMIT_FOR_REVIEW: '提交审查',
  COSIGN: '联名确认',
  REVIEW: '审查立案',
  ASSIGN: '交办',
  DECIDE_RETURN: '审核退回申请',
  SIGN_FOR: '签收',
  HANDLE: '办理答复',
  COUNTERSIGN: '会签答复',
  APPROVE_REPLY: '签发答复',
  CHECK_REPLY: '审核答复',
  DECIDE_EXTENSION: '审批延期',
  EVALUATE: '评价答复',
  FOLLOW_EVALUATION: '跟进评价',
  PUBLISH: '公开',
  CHAIR_MEETING: '主持协商会',
}

export const REVIEW_OUTCOMES: Record<ReviewOutcome, string> = {
  REGISTER: '立案',
  REFUSE: '不予立案',
  CONVERT: '转社情民意或意见建议',
  MERGE: '并案',
  RETURN: '退回修改',
}

export const CONVERSION_KINDS: Record<ConversionKind, string> = {
  PUBLIC_OPINION: '社情民意信息',
  OPINION: '意见建议',
}

export const ASSIGN_MODES: Record<AssignMode, string> = {
  LEAD_AND_ASSISTING: '主办+会办',
  SPLIT: '分办',
}

/** 「第N号」 once registered, 「未编号」 before. */
export function numberLabel(proposalNumber: number | null | undefined): string {
  return proposalNumber == null ? '未编号' : `第${proposalNumber}号`
}

export function stateLabel(p: { state: ProposalState; stateLabel?: string | null }): string {
  return p.stateLabel || p.state
}
