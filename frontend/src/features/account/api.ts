import { http } from '@/api/http'

export const accountApi = {
  changePassword: (oldPassword: string, newPassword: string) =>
    http.post<void>('/api/auth/password', { oldPassword, newPassword }),
}
