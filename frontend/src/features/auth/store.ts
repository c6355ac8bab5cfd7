import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { ApiError } from '@/api/http'
import { homeFor } from '@/shared/roles'
import { authApi, type CurrentUser } from './api'

export const useAuthStore = defineStore('auth', () => {
  const user = ref<CurrentUser | null>(null)
  /** Whether the server has told us who is logged in (or that nobody is). */
  const known = ref(false)

  const roles = computed(() => user.value?.roles ?? [])
  const home = computed(() => homeFor(roles.value))

  function hasAnyRole(required?: readonly string[]): boolean {
    return !required || required.length === 0 || required.some((role) => roles.value.includes(role))
  }

  async function ensureKnown(): Promise<void> {
    if (known.value) return
    try {
      user.value = await authApi.me()
      known.value = true
    } catch (error) {
      user.value = null
      // Only a 401 is a definite "nobody"; after a network error ask again on the next navigation.
      known.value = error instanceof ApiError && error.status === 401
    }
  }

  async function login(username: string, password: string): Promise<CurrentUser> {
    user.value = await authApi.login(username, password)
    known.value = true
    return user.value
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  function clear(): void {
    user.value = null
    known.value = true
  }

  return { user, roles, home, hasAnyRole, ensureKnown, login, logout, clear }
})
