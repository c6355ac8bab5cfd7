import { ref, type Ref } from 'vue'
import type { Page, QueryValue } from '@/api/http'
import { showError } from './errors'

export interface PageQuery extends Record<string, QueryValue> {
  page: number
  size: number
}

/** Loads one page at a time with the current filters; `search()` goes back to page 1. */
export function usePagedList<T>(
  fetchPage: (query: PageQuery) => Promise<Page<T>>,
  filters: Record<string, QueryValue> = {},
) {
  const items = ref([]) as Ref<T[]>
  const total = ref(0)
  const totalCapped = ref(false)
  const page = ref(1)
  const size = ref(20)
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      const result = await fetchPage({ ...filters, page: page.value, size: size.value })
      items.value = result.items
      total.value = result.total
      totalCapped.value = result.totalCapped ?? false
    } catch (error) {
      showError(error)
    } finally {
      loading.value = false
    }
  }

  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  return { items, total, totalCapped, page, size, loading, load, search }
}
