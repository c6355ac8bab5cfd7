import { ref } from 'vue'
import { supervisionApi, type ClockState } from './api'

/** The platform clock as the server reads it; the header shows it while it is moved (demo only). */
export const demoClock = ref<ClockState | null>(null)

export async function refreshDemoClock(): Promise<void> {
  try {
    demoClock.value = await supervisionApi.clock()
  } catch {
    demoClock.value = null
  }
}
