import { reactive } from 'vue'

/**
 * The tracking code and phone of the matter just raised in this tab, so that the track page can fill
 * them in. Kept in memory only: nothing of the resident's is written to the browser's storage.
 */
export const lastRaised = reactive<{ code: string; phone: string }>({ code: '', phone: '' })
