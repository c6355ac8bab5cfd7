import { markRaw } from 'vue'
import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import { ChatDotRound, Calendar, DataAnalysis, Finished, List } from '@element-plus/icons-vue'
import PublicLayout from '@/shared/PublicLayout.vue'

const consultation = (icon: object) => ({ group: 'consultation' as const, icon: markRaw(icon) })
const idProp = (route: RouteLocationNormalized) => ({ id: Number(route.params.id) })

/** The public site, outside the logged-in shell: made for a phone, open without an account. */
export const publicConsultationRoutes: RouteRecordRaw[] = [
  {
    path: '/public/consultation',
    component: PublicLayout,
    props: {
      brand: '委员工作站 · 微协商',
      home: { name: 'public-district' },
      footer: '群众提事 · 协商议事 · 研究定事 · 公开晒事 · 共同办事 · 大家评事',
      links: [
        { to: { name: 'public-raise' }, label: '我要提事', test: 'public-nav-raise' },
        { to: { name: 'public-track' }, label: '进度查询', test: 'public-nav-track' },
        { to: { name: 'public-proposals' }, label: '公开提案', test: 'public-nav-proposals' },
      ],
    },
    meta: { public: true },
    children: [
      {
        path: '',
        name: 'public-district',
        component: () => import('./DistrictPage.vue'),
        meta: { title: '委员工作站 · 微协商', public: true },
      },
      {
        path: 'workstations/:id(\\d+)',
        name: 'public-workstation',
        component: () => import('./WorkstationPublicPage.vue'),
        props: idProp,
        meta: { title: '委员工作站', public: true },
      },
      {
        path: 'raise',
        name: 'public-raise',
        component: () => import('./RaisePage.vue'),
        meta: { title: '我要提事', public: true },
      },
      {
        path: 'track',
        name: 'public-track',
        component: () => import('./TrackPage.vue'),
        meta: { title: '进度查询', public: true },
      },
      {
        path: 'matters/:id(\\d+)',
        name: 'public-matter',
        component: () => import('./MatterPublicPage.vue'),
        props: idProp,
        meta: { title: '协商事项', public: true },
      },
    ],
  },
]

/** The staff's pages, inside the logged-in shell. */
export const consultationRoutes: RouteRecordRaw[] = [
  {
    path: 'consultation/station',
    name: 'consultation-station',
    component: () => import('./StationWorkbench.vue'),
    meta: { title: '工作站微协商', roles: ['WORKSTATION_LIAISON'], nav: consultation(ChatDotRound) },
  },
  {
    path: 'consultation/duty',
    name: 'consultation-duty',
    component: () => import('./DutyPage.vue'),
    meta: { title: '委员值班', roles: ['MEMBER'], nav: consultation(Calendar) },
  },
  {
    path: 'consultation/actions',
    name: 'consultation-actions',
    component: () => import('./UnitActionsPage.vue'),
    meta: { title: '协商办理措施', roles: ['HANDLING_UNIT'], nav: consultation(Finished) },
  },
  {
    path: 'consultation/matters',
    name: 'consultation-matters',
    component: () => import('./MattersPage.vue'),
    meta: {
      title: '协商事项',
      titleByRole: { RESIDENT: '我的提事' },
      roles: ['WORKSTATION_LIAISON', 'MEMBER', 'HANDLING_UNIT', 'RESIDENT', 'PROPOSAL_OFFICE', 'LEADER'],
      nav: consultation(List),
    },
  },
  {
    path: 'consultation/statistics',
    name: 'consultation-statistics',
    component: () => import('./StatisticsPage.vue'),
    meta: { title: '微协商统计', roles: ['PROPOSAL_OFFICE', 'LEADER'], nav: consultation(DataAnalysis) },
  },
  {
    // Anyone logged in may ask; the server answers 404 for a matter the viewer may not see.
    path: 'consultation/matters/:id(\\d+)',
    name: 'consultation-matter',
    component: () => import('./MatterDetailPage.vue'),
    props: idProp,
    meta: { title: '协商事项详情' },
  },
]
