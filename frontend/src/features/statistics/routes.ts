import { markRaw } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { DataAnalysis, PieChart } from '@element-plus/icons-vue'

/** The statistics boards; each route loads lazily, so ECharts reaches only those who open one. */
export const statisticsRoutes: RouteRecordRaw[] = [
  {
    path: 'statistics',
    name: 'statistics-board',
    component: () => import('./ProposalBoardView.vue'),
    meta: {
      title: '提案统计',
      titleByRole: { HANDLING_UNIT: '本单位办理统计' },
      roles: ['PROPOSAL_OFFICE', 'LEADER', 'HANDLING_UNIT'],
      nav: { group: 'proposal', icon: markRaw(PieChart) },
    },
  },
  {
    path: 'statistics/matters',
    name: 'statistics-matters',
    component: () => import('./MatterBoardView.vue'),
    meta: {
      title: '微协商统计分析',
      roles: ['PROPOSAL_OFFICE', 'LEADER'],
      nav: { group: 'consultation', icon: markRaw(DataAnalysis) },
    },
  },
]

/** The public board, a child of the public site's layout. */
export const publicStatisticsRoute: RouteRecordRaw = {
  path: 'statistics',
  name: 'public-statistics',
  component: () => import('./PublicStatisticsView.vue'),
  meta: { title: '提案办理情况', public: true },
}
