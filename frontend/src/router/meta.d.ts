import type { Component } from 'vue'
import 'vue-router'

export type NavGroup = 'workbench' | 'proposal' | 'consultation' | 'duty' | 'admin' | 'account'

declare module 'vue-router' {
  interface RouteMeta {
    /** Page title, also the menu label. */
    title?: string
    /** Menu label and heading by role where it differs from the title; the user's first role in ROLES order wins. */
    titleByRole?: Partial<Record<string, string>>
    /** Open without logging in. */
    public?: boolean
    /** Any one of these roles opens the page; none listed means any logged-in user. */
    roles?: readonly string[]
    /** Shown in the side menu under this group. */
    nav?: { group: NavGroup; icon: Component }
  }
}
