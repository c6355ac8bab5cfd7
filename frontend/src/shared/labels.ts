import { ref } from 'vue'
import { defineStore } from 'pinia'
import { http } from '@/api/http'
import { showError } from '@/shared/errors'

/** The label types the back end serves (GET /api/organisation/labels), one per enum the screens show. */
export type LabelType =
  | 'PROPOSAL_STATE'
  | 'REPLY_CLASS'
  | 'MATTER_STATE'
  | 'DUTY_ENTRY_KIND'
  | 'DUTY_ACTIVITY_KIND'
  | 'DUTY_ANSWER'
  | 'ASSESSMENT_ITEM'
  | 'AWARD_ROUND_STATE'
  | 'NOMINATOR_KIND'
  | 'OPINION_STATE'
  | 'OPINION_CATEGORY'
  | 'OPINION_SOURCE'
  | 'OPINION_ACTION'

/**
 * The words for codes (states, classes), written once in the back end's enums and loaded once per page
 * load; a failed load is forgotten so the next screen asks again. Until they arrive a code shows as itself.
 */
export const useLabels = defineStore('labels', () => {
  const all = ref<Partial<Record<LabelType, Record<string, string>>>>({})
  let pending: Promise<void> | null = null

  function load(): Promise<void> {
    pending ??= http.get<Record<LabelType, Record<string, string>>>('/api/organisation/labels').then(
      (labels) => void (all.value = labels),
      (error) => {
        pending = null
        showError(error)
      },
    )
    return pending
  }

  /** The codes of a type with their labels, in the enum's order. */
  function of<C extends string>(type: LabelType): Record<C, string> {
    void load()
    return (all.value[type] ?? {}) as Record<C, string>
  }

  /** One code's label. */
  const label = (type: LabelType, code: string): string => of(type)[code] ?? code

  return { of, label, load }
})
