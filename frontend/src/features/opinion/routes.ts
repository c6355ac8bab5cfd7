import { markRaw } from 'vue'
import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import { ChatLineSquare } from '@element-plus/icons-vue'

const idProp = (route: RouteLocationNormalized) => ({ id: Number(route.params.id) })

/** 社情民意: a member's own reports, the office's inbox (the same list, scoped by the server), one report. */
export const opinionRoutes: RouteRecordRaw[] = [
  {
    path: 'opinion',
    name: 'opinion-list',
    component: () => import('./OpinionListView.vue'),
    meta: {
      title: '社情民意',
      titleByRole: { MEMBER: '我的社情民意', PROPOSAL_OFFICE: '社情民意审核' },
      roles: ['MEMBER', 'PROPOSAL_OFFICE'],
      nav: { group: 'proposal', icon: markRaw(ChatLineSquare) },
    },
  },
  {
    path: 'opinion/:id(\\d+)',
    name: 'opinion-detail',
    component: () => import('./OpinionDetailView.vue'),
    props: idProp,
    meta: { title: '社情民意信息', roles: ['MEMBER', 'PROPOSAL_OFFICE'] },
  },
]
