import { markRaw } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Tickets } from '@element-plus/icons-vue'

export const sessionRoutes: RouteRecordRaw[] = [
  {
    path: 'committee/sessions',
    name: 'committee-sessions',
    component: () => import('./SessionsPage.vue'),
    meta: {
      title: '届次会议管理',
      roles: ['ADMIN', 'PROPOSAL_OFFICE'],
      nav: { group: 'admin' as const, icon: markRaw(Tickets) },
    },
  },
]
