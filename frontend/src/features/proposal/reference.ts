import { ref, type Ref } from 'vue'
import { organisationApi, type DictionaryEntry, type SectorRef, type UnitRef } from '@/features/admin/api'
import { showError } from '@/shared/errors'

/*
 * The lists the proposal screens choose from. They change rarely, so each is fetched once per
 * page load and shared; a failed fetch is forgotten so the next screen asks again.
 */

const cache = new Map<string, Promise<unknown>>()

function cached<T>(key: string, fetch: () => Promise<T[]>): Ref<T[]> {
  const list = ref([]) as Ref<T[]>
  let pending = cache.get(key) as Promise<T[]> | undefined
  if (!pending) {
    pending = fetch()
    cache.set(key, pending)
    pending.catch(() => cache.delete(key))
  }
  pending.then(
    (items) => (list.value = items),
    (error) => showError(error),
  )
  return list
}

export const useCategories = () =>
  cached<DictionaryEntry>('PROPOSAL_CATEGORY', () => organisationApi.dictionary('PROPOSAL_CATEGORY'))
export const useRefusalReasons = () =>
  cached<DictionaryEntry>('REFUSAL_REASON', () => organisationApi.dictionary('REFUSAL_REASON'))
export const useUnits = () => cached<UnitRef>('units', organisationApi.units)
export const useSectors = () => cached<SectorRef>('sectors', organisationApi.sectors)

/** The label of a dictionary code, or the code itself while the list loads. */
export function labelOf(entries: DictionaryEntry[], code: string | null | undefined): string {
  if (!code) return ''
  return entries.find((e) => e.code === code)?.label ?? code
}
