import { onMounted, ref } from 'vue'
import { showError } from '@/shared/errors'
import { workbenchApi, type Overview } from './api'

export function useOverview() {
  const overview = ref<Overview | null>(null)
  const loading = ref(true)

  onMounted(async () => {
    try {
      overview.value = await workbenchApi.overview()
    } catch (error) {
      showError(error)
    } finally {
      loading.value = false
    }
  })

  return { overview, loading }
}
