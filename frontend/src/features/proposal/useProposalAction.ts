import { ref } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { reportActionError } from '@/shared/conflict'

/** Asks before an action that has no form; true when the user agreed. */
export function confirmAction(message: string, title: string, confirmText: string): Promise<boolean> {
  return ElMessageBox.confirm(message, title, {
    confirmButtonText: confirmText,
    cancelButtonText: '取消',
    type: 'warning',
  }).then(
    () => true,
    () => false,
  )
}

/**
 * One-click actions of the detail page: `run` does the request, tells the user, and has the
 * proposal shown as it is now (also after a conflict).
 */
export function useProposalAction(reload: () => unknown) {
  const busy = ref(false)

  async function run(action: () => Promise<unknown>, done: string): Promise<void> {
    busy.value = true
    try {
      await action()
      ElMessage.success(done)
      await reload()
    } catch (error) {
      reportActionError(error, reload)
    } finally {
      busy.value = false
    }
  }

  return { busy, run, confirm: confirmAction }
}
