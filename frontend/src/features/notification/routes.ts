import type { RouteRecordRaw } from 'vue-router'

export const notificationRoutes: RouteRecordRaw[] = [
  {
    path: 'notifications',
    name: 'notification-centre',
    component: () => import('./NotificationCentreView.vue'),
    meta: { title: '通知中心' },
  },
  {
    path: 'notifications/preferences',
    name: 'notification-preferences',
    component: () => import('./NotificationPreferencesView.vue'),
    meta: { title: '通知设置' },
  },
]
