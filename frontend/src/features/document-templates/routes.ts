import { markRaw } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Tickets } from '@element-plus/icons-vue'

/** The office's Word templates of the official documents (the administrator may manage them too). */
export const documentTemplateRoutes: RouteRecordRaw[] = [
  {
    path: 'document-templates',
    name: 'document-templates',
    component: () => import('./TemplatesView.vue'),
    meta: {
      title: '公文模板',
      roles: ['PROPOSAL_OFFICE', 'ADMIN'],
      nav: { group: 'proposal' as const, icon: markRaw(Tickets) },
    },
  },
]
