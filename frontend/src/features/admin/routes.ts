import { markRaw } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import {
  Calendar,
  Collection,
  House,
  Upload,
  MapLocation,
  OfficeBuilding,
  Place,
  User,
  UserFilled,
} from '@element-plus/icons-vue'

const admin = (icon: object) => ({ group: 'admin' as const, icon: markRaw(icon) })
const roles = ['ADMIN']

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/home',
    name: 'admin-home',
    component: () => import('./AdminHome.vue'),
    meta: { title: '系统管理工作台', roles, nav: { group: 'workbench' as const, icon: markRaw(House) } },
  },
  {
    path: 'admin/members',
    name: 'admin-members',
    component: () => import('./MembersPage.vue'),
    meta: { title: '委员名册', roles, nav: admin(UserFilled) },
  },
  {
    path: 'admin/import',
    name: 'admin-import',
    component: () => import('./ImportPage.vue'),
    meta: { title: '名册导入', roles, nav: admin(Upload) },
  },
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
    path: 'admin/places',
    name: 'admin-places',
    component: () => import('./PlacesPage.vue'),
    meta: { title: '街道社区管理', roles, nav: admin(MapLocation) },
  },
  {
    path: 'admin/holidays',
    name: 'admin-holidays',
    component: () => import('./HolidaysPage.vue'),
    meta: { title: '节假日管理', roles, nav: admin(Calendar) },
  },
]
