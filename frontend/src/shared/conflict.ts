import { ElMessage } from 'element-plus'
import { ApiError } from '@/api/http'
import { showError } from '@/shared/errors'

/** 409 STATE_CONFLICT: someone else acted on the record first. */
export function isStateConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'STATE_CONFLICT'
}

/**
 * Shows what went wrong with an action; when someone else acted first, the screen is out of
 * date, so it says so and reloads.
 */
export function reportActionError(error: unknown, reload: () => unknown): void {
  if (isStateConflict(error)) {
    ElMessage.warning({ message: (error as ApiError).message, grouping: true })
    void reload()
  } else {
    showError(error)
  }
}
