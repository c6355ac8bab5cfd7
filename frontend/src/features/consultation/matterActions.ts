import { onMounted, ref, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import { ApiError } from '@/api/http'
import { organisationApi, type UnitRef } from '@/features/admin/api'
import { isStateConflict } from '@/shared/conflict'
import { showError } from '@/shared/errors'

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
