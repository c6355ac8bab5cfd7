import { reactive } from 'vue'
import { ApiError } from '@/api/http'

/**
 * Server-side validation messages keyed by field, bound to `el-form-item :error`.
 * Cleared before each submit so the same message shows again when it comes back.
 */
export function useFieldErrors() {
  const errors = reactive<Record<string, string>>({})

  function clear(): void {
    for (const key of Object.keys(errors)) delete errors[key]
  }

  function apply(error: unknown): void {
    clear()
    if (!(error instanceof ApiError)) return
    for (const { field, message } of error.fieldErrors) {
      errors[field] = errors[field] ? `${errors[field]}；${message}` : message
    }
  }

  return { errors, clear, apply }
}
