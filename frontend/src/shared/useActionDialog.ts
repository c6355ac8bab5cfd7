import { isStateConflict } from '@/shared/conflict'
import { useEditDialog } from '@/shared/useEditDialog'

/**
 * A dialog that acts on one target (an assignment, a meeting, a matter, an extension): useEditDialog,
 * and when someone else acted first (409 STATE_CONFLICT) the dialog closes and the record reloads,
 * the message saying why.
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

/** What a parent calls on an action dialog it holds by template ref. */
export interface ActionDialogHandle {
  open(targetId: number | null, values?: object): void
}
