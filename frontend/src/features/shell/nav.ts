import { computed } from 'vue'
import { useRouter, type RouteRecordNormalized } from 'vue-router'
import type { NavGroup } from '@/router/meta'
import { useAuthStore } from '@/features/auth/store'

const GROUP_TITLES: Record<NavGroup, string> = {
  workbench: '工作台',
  admin: '系统管理',
  account: '个人中心',
}

export interface NavEntry {
  name: string
  path: string
  title: string
  icon: object
}

export interface NavSection {
  group: NavGroup
  title: string
  entries: NavEntry[]
}

/** The menu: every route with `meta.nav` whose roles the user holds, grouped, in route order. */
export function useNavSections() {
  const router = useRouter()
  const auth = useAuthStore()

  return computed<NavSection[]>(() => {
    const visible = router
      .getRoutes()
      .filter((r): r is RouteRecordNormalized & { name: string } => typeof r.name === 'string' && !!r.meta.nav)
      .filter((r) => auth.hasAnyRole(r.meta.roles))
    return (Object.keys(GROUP_TITLES) as NavGroup[])
      .map((group) => ({
        group,
        title: GROUP_TITLES[group],
        entries: visible
          .filter((r) => r.meta.nav!.group === group)
          .map((r) => ({ name: r.name, path: r.path, title: r.meta.title ?? r.name, icon: r.meta.nav!.icon })),
      }))
      .filter((section) => section.entries.length > 0)
  })
}
