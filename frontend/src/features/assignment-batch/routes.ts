import { markRaw } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Files } from '@element-plus/icons-vue'

/** 交办会: the office assigns many registered proposals at once; leaders read the batches and their papers. */
export const assignmentBatchRoutes: RouteRecordRaw[] = [
  {
    path: 'assignment-batches',
    name: 'assignment-batches',
    component: () => import('./BatchAssignmentView.vue'),
    meta: {
      title: '交办会',
      roles: ['PROPOSAL_OFFICE', 'LEADER'],
      nav: { group: 'proposal' as const, icon: markRaw(Files) },
    },
  },
]
