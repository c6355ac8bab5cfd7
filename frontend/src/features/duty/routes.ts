import { markRaw } from 'vue'
import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import { Calendar, Medal, Notebook, Tickets, TrendCharts } from '@element-plus/icons-vue'

const idProp = (route: RouteLocationNormalized) => ({ id: Number(route.params.id) })

export const dutyRoutes: RouteRecordRaw[] = [
  {
    path: 'duty/my-record',
    name: 'duty-my-record',
    component: () => import('./MyRecordView.vue'),
    meta: { title: '我的履职档案', roles: ['MEMBER'], nav: { group: 'duty', icon: markRaw(Medal) } },
  },
  {
    path: 'duty/diary',
    name: 'duty-diary',
    component: () => import('./DiaryView.vue'),
    meta: { title: '履职日记', roles: ['MEMBER'], nav: { group: 'duty', icon: markRaw(Notebook) } },
  },
  {
    path: 'duty/activities',
    name: 'duty-activities',
    component: () => import('./ActivitiesView.vue'),
    meta: {
      title: '履职活动',
      titleByRole: { MEMBER: '我的活动' },
      roles: ['MEMBER', 'PROPOSAL_OFFICE', 'LEADER'],
      nav: { group: 'duty', icon: markRaw(Calendar) },
    },
  },
  {
    path: 'duty/activities/:id(\\d+)',
    redirect: { name: 'duty-activities' },
  },
  {
    path: 'duty/sign-in',
    name: 'duty-sign-in',
    component: () => import('./SignInView.vue'),
    meta: { title: '活动签到', roles: ['MEMBER'] },
  },
  {
    path: 'duty/rankings',
    name: 'duty-rankings',
    component: () => import('./RankingView.vue'),
    meta: {
      title: '履职排名',
      roles: ['PROPOSAL_OFFICE', 'LEADER'],
      nav: { group: 'duty', icon: markRaw(TrendCharts) },
    },
  },
  {
    path: 'duty/members/:id(\\d+)',
    name: 'duty-member-record',
    component: () => import('./MemberRecordView.vue'),
    props: idProp,
    meta: { title: '委员履职档案', roles: ['PROPOSAL_OFFICE', 'LEADER'] },
  },
  {
    path: 'duty/rules',
    name: 'duty-rules',
    component: () => import('./RulesView.vue'),
    meta: {
      title: '积分规则',
      roles: ['PROPOSAL_OFFICE', 'LEADER'],
      nav: { group: 'duty', icon: markRaw(Tickets) },
    },
  },
]
