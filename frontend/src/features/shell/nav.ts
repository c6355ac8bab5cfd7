import { computed } from 'vue'
import { useRouter, type RouteMeta, type RouteRecordNormalized } from 'vue-router'
import type { NavGroup } from '@/router/meta'
import { useAuthStore } from '@/features/auth/store'
import { ROLES } from '@/shared/roles'

const GROUP_TITLES: Record<NavGroup, string> = {
  workbench: '工作台',
  proposal: '提案工作',
  consultation: '微协商',
  duty: '委员履职',
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
      .filter(
        (r): r is RouteRecordNormalized & { name: string } => typeof r.name === 'string' && !!r.meta.nav,
      )
      .filter((r) => auth.hasAnyRole(r.meta.roles))
    return (Object.keys(GROUP_TITLES) as NavGroup[])
      .map((group) => ({
        group,
        title: GROUP_TITLES[group],
        entries: visible
          .filter((r) => r.meta.nav!.group === group)
          .map((r) => ({
            name: r.name,
            path: r.path,
            title: titleFor(r.meta, auth.roles) ?? r.name,
            icon: r.meta.nav!.icon,
          })),
      }))
      .filter((section) => section.entries.length > 0)
  })
}

/** A route's title as the user sees it: `titleByRole` for the first of their roles that has one, else `title`. */
export function titleFor(meta: RouteMeta, roles: readonly string[]): string | undefined {
  const role = ROLES.find((r) => roles.includes(r) && meta.titleByRole?.[r])
  return role ? meta.titleByRole![role] : meta.title
}
