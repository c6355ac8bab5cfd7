import { http, type Page, type QueryValue } from '@/api/http'

export interface Account {
  id: number
  username: string
  displayName: string
  phone: string | null
  email: string | null
  roles: string[]
  unitId: number | null
  unitName: string | null
  enabled: boolean
  locked: boolean
}

export type AccountUpdate = Pick<Account, 'displayName' | 'phone' | 'email' | 'roles' | 'unitId' | 'enabled'>
export type AccountCreate = Omit<AccountUpdate, 'enabled'> & { username: string; password: string }

export type UnitKind = 'DEPARTMENT' | 'SUBDISTRICT_OFFICE' | 'OTHER'

export interface Unit {
  id: number
  code: string
  name: string
  kind: UnitKind
  contactName: string | null
  contactPhone: string | null
  enabled: boolean
}

export interface Sector {
  id: number
  code: string
  name: string
  sortOrder: number
  enabled: boolean
}

export type WorkstationKind = 'STATION' | 'ROOM'

export interface Workstation {
  id: number
  name: string
  kind: WorkstationKind
  subdistrictId: number | null
  subdistrictName: string | null
  communityId: number | null
  communityName: string | null
  address: string | null
  enabled: boolean
}

export type WorkstationInput = Omit<Workstation, 'id' | 'subdistrictName' | 'communityName'>

export type HolidayKind = 'HOLIDAY' | 'WORKDAY'

export interface Holiday {
  id: number
  day: string
  kind: HolidayKind
  name: string
}

export interface UnitRef {
  id: number
  code: string
  name: string
  kind: UnitKind
}

export interface SectorRef {
  id: number
  code: string
  name: string
}

export interface DictionaryEntry {
  code: string
  label: string
}

export interface MemberRef {
  id: number
  name: string
  accountId: number | null
  sectorId: number
  sectorName: string
}

export interface Subdistrict {
  id: number
  name: string
}

export interface Community {
  id: number
  name: string
  subdistrictId: number
}

type Query = Record<string, QueryValue>

/** The list, create and update calls every admin resource shares. */
function resource<T, Input>(base: string) {
  return {
    list: (query: Query) => http.get<Page<T>>(base, query),
    create: (body: Input) => http.post<T>(base, body),
    update: (id: number, body: Input) => http.put<T>(`${base}/${id}`, body),
  }
}

export const accountsApi = {
  ...resource<Account, AccountUpdate>('/api/admin/accounts'),
  create: (body: AccountCreate) => http.post<Account>('/api/admin/accounts', body),
  resetPassword: (id: number, password: string) =>
    http.post<void>(`/api/admin/accounts/${id}/password`, { password }),
  unlock: (id: number) => http.post<void>(`/api/admin/accounts/${id}/unlock`),
}

export const unitsApi = resource<Unit, Omit<Unit, 'id'>>('/api/admin/units')
export const sectorsApi = resource<Sector, Omit<Sector, 'id'>>('/api/admin/sectors')
export const workstationsApi = resource<Workstation, WorkstationInput>('/api/admin/workstations')
export const holidaysApi = {
  ...resource<Holiday, Omit<Holiday, 'id'>>('/api/admin/holidays'),
  remove: (id: number) => http.delete(`/api/admin/holidays/${id}`),
}

export const organisationApi = {
  units: () => http.get<UnitRef[]>('/api/organisation/units'),
  sectors: () => http.get<SectorRef[]>('/api/organisation/sectors'),
  subdistricts: () => http.get<Subdistrict[]>('/api/organisation/subdistricts'),
  communities: (subdistrictId: number) =>
    http.get<Community[]>('/api/organisation/communities', { subdistrictId }),
  dictionary: (type: string) => http.get<DictionaryEntry[]>(`/api/organisation/dictionaries/${type}`),
  /** At most 50 members whose name or sector contains the keyword. */
  members: (keyword: string) => http.get<MemberRef[]>('/api/organisation/members', { keyword }),
}

export const UNIT_KINDS: Record<UnitKind, string> = {
  DEPARTMENT: '政府部门',
  SUBDISTRICT_OFFICE: '街道办事处',
  OTHER: '其他',
}

export const WORKSTATION_KINDS: Record<WorkstationKind, string> = {
  STATION: '委员工作站',
  ROOM: '委员工作室',
}

export const HOLIDAY_KINDS: Record<HolidayKind, string> = {
  HOLIDAY: '法定节假日',
  WORKDAY: '调休上班',
}

export type MemberLevel = 'DISTRICT' | 'CITY'

/** A member on the roster (委员名册), with their login if they have one. */
export interface Member {
  id: number
  name: string
  gender: string | null
  sectorId: number
  sectorName: string
  level: MemberLevel
  specialCommittee: string | null
  party: string | null
  workplace: string | null
  phone: string | null
  email: string | null
  workstationId: number | null
  workstationName: string | null
  accountId: number | null
  username: string | null
  enabled: boolean
  retiredOn: string | null
}

export type MemberInput = Omit<
  Member,
  'id' | 'sectorName' | 'workstationName' | 'username' | 'enabled' | 'retiredOn'
> & { username: string | null; password: string | null }

export interface HistoryEntry {
  action: string
  detail: string | null
  actorName: string | null
  actedAt: string
}

export interface Liaison {
  accountId: number
  username: string
  displayName: string
}

export const membersApi = {
  ...resource<Member, MemberInput>('/api/admin/members'),
  retire: (id: number) => http.post<Member>(`/api/admin/members/${id}/retire`),
  reinstate: (id: number) => http.post<Member>(`/api/admin/members/${id}/reinstate`),
  history: (id: number) => http.get<HistoryEntry[]>(`/api/admin/members/${id}/history`),
}

export const placesApi = {
  createSubdistrict: (body: { name: string; sortOrder: number }) =>
    http.post<Subdistrict>('/api/admin/subdistricts', body),
  updateSubdistrict: (id: number, body: { name: string; sortOrder: number }) =>
    http.put<Subdistrict>(`/api/admin/subdistricts/${id}`, body),
  createCommunity: (body: { subdistrictId: number; name: string }) =>
    http.post<Community>('/api/admin/communities', body),
  updateCommunity: (id: number, body: { subdistrictId: number; name: string }) =>
    http.put<Community>(`/api/admin/communities/${id}`, body),
  liaisons: (workstationId: number) =>
    http.get<Liaison[]>(`/api/admin/workstations/${workstationId}/liaisons`),
  setLiaisons: (workstationId: number, accountIds: number[]) =>
    http.put<Liaison[]>(`/api/admin/workstations/${workstationId}/liaisons`, { accountIds }),
  /** A handling unit's leaders (分管领导), by account id. */
  unitLeaders: (unitId: number) => http.get<number[]>(`/api/supervision/units/${unitId}/leaders`),
  setUnitLeaders: (unitId: number, accountIds: number[]) =>
    http.put<void>(`/api/supervision/units/${unitId}/leaders`, { accountIds }),
}

export interface ChecklistItem {
  key: string
  label: string
  done: boolean
  detail: string
  link: string
}

export const goLiveApi = {
  checklist: () => http.get<{ ready: boolean; items: ChecklistItem[] }>('/api/admin/go-live'),
}

export const MEMBER_LEVELS: Record<MemberLevel, string> = {
  DISTRICT: '区政协委员',
  CITY: '市政协委员（驻区）',
}

export const HISTORY_ACTIONS: Record<string, string> = {
  CREATED: '创建',
  UPDATED: '修改',
  RETIRED: '离任',
  REINSTATED: '恢复在任',
  LIAISONS: '调整联络员',
}

/** One problem of an import file: sheet, Excel row, column header and what is wrong. */
export interface ImportProblem {
  sheet: string
  row: number
  column: string
  message: string
}

export interface ImportReport {
  fileName: string
  members: number
  units: number
  accounts: number
  logins: number
  problems: ImportProblem[]
}

/** A login the import opened, with its initial password: the answer to the import is the only place it is shown. */
export interface IssuedPassword {
  sheet: string
  row: number
  username: string
  displayName: string
  password: string
}

export interface ImportResult {
  importId: number
  fileName: string
  members: number
  units: number
  accounts: number
  logins: IssuedPassword[]
}

const asUpload = (file: File): FormData => {
  const body = new FormData()
  body.append('file', file)
  return body
}

export const importApi = {
  templateUrl: '/api/admin/imports/template',
  dryRun: (file: File) => http.post<ImportReport>('/api/admin/imports/dry-run', asUpload(file)),
  run: (file: File) => http.post<ImportResult>('/api/admin/imports', asUpload(file)),
}
