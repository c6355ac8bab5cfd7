import { reactive, ref, useTemplateRef } from 'vue'
import { ElMessage, type FormInstance } from 'element-plus'
import { showError } from '@/shared/errors'
import { useFieldErrors } from '@/shared/useFieldErrors'

/**
 * The state of a create/edit dialog: one form object reused for both, server field errors
 * shown on the form items, and `onSaved` to refresh the list.
 */
export function useEditDialog<F extends object>(options: {
  blank: () => F
  save: (form: F, id: number | null) => Promise<unknown>
  onSaved: () => void
  /** The `ref` attribute of the dialog's el-form. */
  formRef?: string
  savedMessage?: string
}) {
  const visible = ref(false)
  const editingId = ref<number | null>(null)
  const form = reactive(options.blank()) as F
  const formRef = useTemplateRef<FormInstance>(options.formRef ?? 'editForm')
  const saving = ref(false)
  const fieldErrors = useFieldErrors()

  function open(id: number | null, values: Partial<F> = {}): void {
    editingId.value = id
    Object.assign(form, options.blank(), values)
    fieldErrors.clear()
    formRef.value?.clearValidate()
    visible.value = true
  }

  async function submit(): Promise<void> {
    if (!(await formRef.value?.validate().catch(() => false))) return
    saving.value = true
    fieldErrors.clear()
    try {
      await options.save(cleaned(form), editingId.value)
      ElMessage.success(options.savedMessage ?? (editingId.value === null ? '已新增' : '已保存'))
      visible.value = false
      options.onSaved()
    } catch (error) {
      fieldErrors.apply(error)
      showError(error)
    } finally {
      saving.value = false
    }
  }

  return {
    visible,
    editingId,
    form,
    saving,
    errors: fieldErrors.errors,
    openCreate: () => open(null),
    /** A new record's dialog with values other than the blank ones (e.g. defaults the server gives). */
    openCreateWith: (values: Partial<F>) => open(null, values),
    openEdit: (id: number, values: Partial<F>) => open(id, values),
    submit,
  }
}

/**
 * Trims text and sends an empty optional field as null, which the server's patterns accept.
 * Passwords are sent exactly as typed.
 */
function cleaned<F extends object>(form: F): F {
  const copy = { ...form } as Record<string, unknown>
  for (const [key, value] of Object.entries(copy)) {
    if (typeof value !== 'string' || /password/i.test(key)) continue
    copy[key] = value.trim() === '' ? null : value.trim()
  }
  return copy as F
}
