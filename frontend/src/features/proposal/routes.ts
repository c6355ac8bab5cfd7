import { markRaw } from 'vue'
import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import { Document, EditPen } from '@element-plus/icons-vue'

const proposal = (icon: object) => ({ group: 'proposal' as const, icon: markRaw(icon) })
const idProp = (route: RouteLocationNormalized) => ({ id: Number(route.params.id) })

export const proposalRoutes: RouteRecordRaw[] = [
  {
    path: 'proposals',
    name: 'proposal-list',
    component: () => import('./ProposalListView.vue'),
    meta: {
      title: '提案列表',
      titleByRole: {
        MEMBER: '我的提案',
        PROPOSAL_OFFICE: '提案管理',
        LEADER: '全部提案',
        HANDLING_UNIT: '交办提案',
      },
      roles: ['MEMBER', 'PROPOSAL_OFFICE', 'LEADER', 'HANDLING_UNIT'],
      nav: proposal(Document),
    },
  },
  {
    path: 'proposals/new',
    name: 'proposal-new',
    component: () => import('./ProposalFormView.vue'),
    meta: { title: '新建提案', roles: ['MEMBER'], nav: proposal(EditPen) },
  },
  {
    path: 'proposals/staff-entry',
    name: 'proposal-staff-entry',
    component: () => import('./ProposalFormView.vue'),
    props: { staffEntry: true },
    meta: { title: '代录提案', roles: ['PROPOSAL_OFFICE'], nav: proposal(EditPen) },
  },
  {
    path: 'proposals/:id(\\d+)/edit',
    name: 'proposal-edit',
    component: () => import('./ProposalFormView.vue'),
    props: idProp,
    meta: { title: '修改提案', roles: ['MEMBER'] },
  },
  {
    // Anyone logged in may ask; the server answers 404 for a proposal the viewer may not see.
    path: 'proposals/:id(\\d+)',
    name: 'proposal-detail',
    component: () => import('./ProposalDetailView.vue'),
    props: idProp,
    meta: { title: '提案详情' },
  },
]
