import { onBeforeUnmount, ref } from 'vue'

const query = '(max-width: 767px)'

/** True on phone-sized screens, where the side menu becomes a drawer and forms stack. */
export function useIsMobile() {
  const media = window.matchMedia(query)
  const isMobile = ref(media.matches)
  const update = (event: MediaQueryListEvent) => (isMobile.value = event.matches)
  media.addEventListener('change', update)
  onBeforeUnmount(() => media.removeEventListener('change', update))
  return isMobile
}
