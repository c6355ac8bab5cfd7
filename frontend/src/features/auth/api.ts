import { request } from '@/api/http'

export interface CurrentUser {
  id: number
  username: string
  displayName: string
  roles: string[]
  unitId: number | null
  unitName: string | null
  memberId: number | null
}

export const authApi = {
  me: () => request<CurrentUser>('/api/auth/me', { expectUnauthorized: true }),
  login: (username: string, password: string) =>
    request<CurrentUser>('/api/auth/login', {
      method: 'POST',
      body: { username, password },
      expectUnauthorized: true,
    }),
  logout: () => request<void>('/api/auth/logout', { method: 'POST', expectUnauthorized: true }),
}
