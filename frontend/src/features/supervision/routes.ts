import { markRaw } from 'vue'
import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import { AlarmClock, Flag, Timer } from '@element-plus/icons-vue'

const idProp = (route: RouteLocationNormalized) => ({ id: Number(route.params.id) })

export const supervisionRoutes: RouteRecordRaw[] = [
  {
    path: 'supervision',
    name: 'supervision-board',
    component: () => import('./SupervisionBoardView.vue'),
    meta: {
      title: '督办台',
      titleByRole: { HANDLING_UNIT: '本单位督办事项' },
      roles: ['PROPOSAL_OFFICE', 'LEADER', 'HANDLING_UNIT'],
      nav: { group: 'proposal', icon: markRaw(AlarmClock) },
    },
  },
  {
    path: 'supervision/key-proposals',
    name: 'key-proposals',
    component: () => import('./KeyProposalsView.vue'),
    meta: {
      title: '重点提案',
      roles: ['PROPOSAL_OFFICE', 'LEADER'],
      nav: { group: 'proposal', icon: markRaw(Flag) },
    },
  },
  {
    path: 'supervision/proposals/:id(\\d+)',
    name: 'supervision-detail',
    component: () => import('./SupervisionDetailView.vue'),
    props: idProp,
    meta: { title: '督办详情', roles: ['PROPOSAL_OFFICE', 'LEADER', 'HANDLING_UNIT'] },
  },
  {
    path: 'admin/demo-clock',
    name: 'demo-clock',
    component: () => import('./DemoClockView.vue'),
    meta: { title: '演示时钟', roles: ['ADMIN'], nav: { group: 'admin', icon: markRaw(Timer) } },
  },
]
