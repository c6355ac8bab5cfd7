import { ref } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { useEditDialog } from '@/features/admin/useEditDialog'
import { isStateConflict, reportActionError } from './conflict'

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

/**
 * A dialog that acts on one target (an assignment, a meeting, an extension): useEditDialog,
 * and when someone else acted first (409 STATE_CONFLICT) the dialog closes and the proposal
 * reloads, the message saying why.
 */
export function useActionDialog<F extends object>(options: {
  blank: () => F
  save: (form: F, targetId: number) => Promise<unknown>
  done: () => void
  formRef: string
  savedMessage: string
}) {
  let close = () => {}
  const dialog = useEditDialog<F>({
    blank: options.blank,
    save: async (form, targetId) => {
      try {
        return await options.save(form, targetId ?? 0)
      } catch (error) {
        if (isStateConflict(error)) {
          close()
          options.done()
        }
        throw error
      }
    },
    onSaved: options.done,
    formRef: options.formRef,
    savedMessage: options.savedMessage,
  })
  close = () => (dialog.visible.value = false)
  /** Opens for a target, with the form's starting values. */
  const open = (targetId: number | null, values: Partial<F> = {}) => dialog.openEdit(targetId ?? 0, values)
  return { ...dialog, open }
}
