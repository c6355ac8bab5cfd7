export const ROLES = [
  'MEMBER',
  'PROPOSAL_OFFICE',
  'HANDLING_UNIT',
  'LEADER',
  'WORKSTATION_LIAISON',
  'ADMIN',
  'RESIDENT',
] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  MEMBER: '政协委员',
  PROPOSAL_OFFICE: '提案委',
  HANDLING_UNIT: '承办单位',
  LEADER: '领导',
  WORKSTATION_LIAISON: '工作站联络员',
  ADMIN: '系统管理员',
  RESIDENT: '群众',
}

const ROLE_HOMES: Record<Role, string> = {
  MEMBER: '/member',
  PROPOSAL_OFFICE: '/office',
  HANDLING_UNIT: '/unit',
  LEADER: '/leader',
  WORKSTATION_LIAISON: '/workstation',
  ADMIN: '/admin/home',
  RESIDENT: '/resident',
}

export function roleLabel(role: string): string {
  return ROLE_LABELS[role as Role] ?? role
}

/** The first of the user's roles in {@link ROLES} order decides where a user lands after login. */
export function homeFor(roles: readonly string[]): string {
  const role = ROLES.find((r) => roles.includes(r))
  return role ? ROLE_HOMES[role] : '/403'
}
