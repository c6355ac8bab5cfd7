import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import { publicStatisticsRoute } from '@/features/statistics/routes'

const idProp = (route: RouteLocationNormalized) => ({ id: Number(route.params.id) })

/** The public site: outside the logged-in shell, open to anyone. */
export const publicRoutes: RouteRecordRaw[] = [
  {
    path: '/public',
    component: () => import('@/shared/PublicLayout.vue'),
    props: {
      brand: '政协提案公开',
      home: { name: 'public-proposals' },
      footer: '政协提案与协商平台 · 提案经提案人同意后公开',
      links: [
        { to: { name: 'public-statistics' }, label: '办理情况', test: 'public-statistics-link' },
        { to: { name: 'public-awards' }, label: '优秀提案', test: 'public-awards-link' },
      ],
    },
    meta: { public: true },
    children: [
      { path: '', redirect: { name: 'public-proposals' } },
      {
        path: 'proposals',
        name: 'public-proposals',
        component: () => import('./PublicProposalList.vue'),
        meta: { title: '公开提案', public: true },
      },
      {
        path: 'proposals/:id(\\d+)',
        name: 'public-proposal',
        component: () => import('./PublicProposalDetail.vue'),
        props: idProp,
        meta: { title: '公开提案', public: true },
      },
      publicStatisticsRoute,
      {
        path: 'awards',
        name: 'public-awards',
        component: () => import('@/features/appraisal/PublicAwardsView.vue'),
        meta: { title: '优秀提案', public: true },
      },
    ],
  },
]
