import type { Component } from 'vue'
import 'vue-router'

export type NavGroup = 'workbench' | 'admin' | 'account'

declare module 'vue-router' {
  interface RouteMeta {
    /** Page title, also the menu label. */
    title?: string
    /** Open without logging in. */
    public?: boolean
    /** Any one of these roles opens the page; none listed means any logged-in user. */
    roles?: readonly string[]
    /** Shown in the side menu under this group. */
    nav?: { group: NavGroup; icon: Component }
  }
}
