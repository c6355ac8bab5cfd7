import { ElMessage } from 'element-plus'
import { ApiError } from '@/api/http'

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message
  if (error instanceof Error && error.message) return error.message
  return '操作失败，请稍后重试'
}

/** Shows the server's Chinese `detail`; a 401 is left to the redirect to the login page. */
export function showError(error: unknown): void {
  if (error instanceof ApiError && error.status === 401) return
  ElMessage.error({ message: messageOf(error), grouping: true })
}
