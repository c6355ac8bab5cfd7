import { markRaw } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Calendar, Collection, OfficeBuilding, Place, User } from '@element-plus/icons-vue'

const admin = (icon: object) => ({ group: 'admin' as const, icon: markRaw(icon) })
const roles = ['ADMIN']

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/accounts',
    name: 'admin-accounts',
    component: () => import('./AccountsPage.vue'),
    meta: { title: '用户管理', roles, nav: admin(User) },
  },
  {
    path: 'admin/units',
    name: 'admin-units',
    component: () => import('./UnitsPage.vue'),
    meta: { title: '单位管理', roles, nav: admin(OfficeBuilding) },
  },
  {
    path: 'admin/sectors',
    name: 'admin-sectors',
    component: () => import('./SectorsPage.vue'),
    meta: { title: '界别管理', roles, nav: admin(Collection) },
  },
  {
    path: 'admin/workstations',
    name: 'admin-workstations',
    component: () => import('./WorkstationsPage.vue'),
    meta: { title: '工作站(室)管理', roles, nav: admin(Place) },
  },
  {
    path: 'admin/holidays',
    name: 'admin-holidays',
    component: () => import('./HolidaysPage.vue'),
    meta: { title: '节假日管理', roles, nav: admin(Calendar) },
  },
]
