import { createRouter, createWebHistory } from 'vue-router'
import { onUnauthorized } from '@/api/http'
import { useAuthStore } from '@/features/auth/store'
import { authRoutes } from '@/features/auth/routes'
import { workbenchRoutes } from '@/features/workbench/routes'
import { adminRoutes } from '@/features/admin/routes'
import { sessionRoutes } from '@/features/session/routes'
import { accountRoutes } from '@/features/account/routes'
import { proposalRoutes } from '@/features/proposal/routes'
import { publicRoutes } from '@/features/public/routes'
import { supervisionRoutes } from '@/features/supervision/routes'
import { dutyRoutes } from '@/features/duty/routes'
import { appraisalRoutes } from '@/features/appraisal/routes'
import { statisticsRoutes } from '@/features/statistics/routes'
import { assignmentBatchRoutes } from '@/features/assignment-batch/routes'
import { documentTemplateRoutes } from '@/features/document-templates/routes'
import { notificationRoutes } from '@/features/notification/routes'
import { opinionRoutes } from '@/features/opinion/routes'
import { consultationRoutes, publicConsultationRoutes } from '@/features/consultation/routes'
import AppLayout from '@/features/shell/AppLayout.vue'

const PLATFORM = '政协提案与协商平台'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    ...authRoutes,
    ...publicRoutes,
    ...publicConsultationRoutes,
    {
      path: '/',
      component: AppLayout,
      children: [
        // Never rendered: the guard below sends "/" to the user's home.
        { path: '', name: 'home', component: () => import('@/features/shell/NotFoundView.vue') },
        ...workbenchRoutes,
        ...proposalRoutes,
        ...assignmentBatchRoutes,
        ...documentTemplateRoutes,
        ...supervisionRoutes,
        ...opinionRoutes,
        ...statisticsRoutes,
        ...appraisalRoutes,
        ...notificationRoutes,
        ...consultationRoutes,
        ...dutyRoutes,
        ...sessionRoutes,
        ...adminRoutes,
        ...accountRoutes,
        {
          path: '403',
          name: 'forbidden',
          component: () => import('@/features/shell/ForbiddenView.vue'),
          meta: { title: '无权访问' },
        },
        {
          path: ':pathMatch(.*)*',
          name: 'not-found',
          component: () => import('@/features/shell/NotFoundView.vue'),
          meta: { title: '页面不存在' },
        },
      ],
    },
  ],
})

router.beforeEach(async (to) => {
  const auth = useAuthStore()
  await auth.ensureKnown()
  if (to.meta.public) return to.name === 'login' && auth.user ? auth.home : true
  if (!auth.user) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  if (to.name === 'home') return auth.home
  if (!auth.hasAnyRole(to.meta.roles)) return { name: 'forbidden', query: { from: to.fullPath } }
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} - ${PLATFORM}` : PLATFORM
})

// An expired session shows up as a 401 on some later call: forget the user and ask to log in again.
onUnauthorized(() => {
  const auth = useAuthStore()
  auth.clear()
  const current = router.currentRoute.value
  if (current.name !== 'login') {
    void router.replace({ name: 'login', query: { redirect: current.fullPath } })
  }
})
