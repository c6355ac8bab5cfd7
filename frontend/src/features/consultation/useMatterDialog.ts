import { onMounted, ref, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import { ApiError } from '@/api/http'
import { organisationApi, type UnitRef } from '@/features/admin/api'
import { useEditDialog } from '@/features/admin/useEditDialog'
import { showError } from '@/shared/errors'

/** 409 STATE_CONFLICT: someone else moved the matter first. */
export function isStateConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'STATE_CONFLICT'
}

/**
 * A dialog that acts on a matter (or one of its meetings or actions): useEditDialog, and when someone
 * else acted first (409) the dialog closes and the matter reloads, the message saying why.
 */
export function useMatterDialog<F extends object>(options: {
  blank: () => F
  save: (form: F, targetId: number) => Promise<unknown>
  done: () => void
  formRef: string
  savedMessage: string
}) {
  const dialog = useEditDialog<F>({
    blank: options.blank,
    save: async (form, targetId) => {
      try {
        return await options.save(form, targetId ?? 0)
      } catch (error) {
        if (isStateConflict(error)) {
          dialog.visible.value = false
          options.done()
        }
        throw error
      }
    },
    onSaved: options.done,
    formRef: options.formRef,
    savedMessage: options.savedMessage,
  })
  const open = (targetId: number, values: Partial<F> = {}) => dialog.openEdit(targetId, values)
  return { ...dialog, open }
}

/** Runs a one-click action (publish): tells the user, reloads, and reloads after a conflict too. */
export async function runAction(
  action: () => Promise<unknown>,
  done: string,
  reload: () => unknown,
): Promise<void> {
  try {
    await action()
    ElMessage.success(done)
  } catch (error) {
    if (isStateConflict(error)) ElMessage.warning((error as ApiError).message)
    else showError(error)
  } finally {
    await reload()
  }
}

/** The enabled units, fetched once per component. */
export function useUnitList(): Ref<UnitRef[]> {
  const units = ref<UnitRef[]>([])
  onMounted(async () => {
    try {
      units.value = await organisationApi.units()
    } catch (error) {
      showError(error)
    }
  })
  return units
}
