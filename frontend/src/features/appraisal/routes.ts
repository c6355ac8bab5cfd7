import { markRaw } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Finished, Operation, Trophy } from '@element-plus/icons-vue'

/** 考核评优: the unit assessment (ranking, rules) and the 优秀提案 rounds, under the proposal menu. */
export const appraisalRoutes: RouteRecordRaw[] = [
  {
    path: 'appraisal/ranking',
    name: 'appraisal-ranking',
    component: () => import('./AssessmentRankingView.vue'),
    meta: {
      title: '办理质量考核',
      titleByRole: { HANDLING_UNIT: '本单位考核得分' },
      roles: ['PROPOSAL_OFFICE', 'LEADER', 'HANDLING_UNIT'],
      nav: { group: 'proposal', icon: markRaw(Finished) },
    },
  },
  {
    path: 'appraisal/rules',
    name: 'appraisal-rules',
    component: () => import('./AssessmentRulesView.vue'),
    meta: {
      title: '考核规则',
      roles: ['PROPOSAL_OFFICE', 'LEADER', 'HANDLING_UNIT'],
      nav: { group: 'proposal', icon: markRaw(Operation) },
    },
  },
  {
    path: 'appraisal/rounds',
    name: 'appraisal-rounds',
    component: () => import('./AwardRoundsView.vue'),
    meta: {
      title: '优秀提案评选',
      roles: ['PROPOSAL_OFFICE', 'LEADER', 'HANDLING_UNIT', 'MEMBER'],
      nav: { group: 'proposal', icon: markRaw(Trophy) },
    },
  },
]
