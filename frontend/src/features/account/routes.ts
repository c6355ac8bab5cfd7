import { markRaw } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Lock } from '@element-plus/icons-vue'

export const accountRoutes: RouteRecordRaw[] = [
  {
    path: 'account/password',
    name: 'change-password',
    component: () => import('./ChangePasswordView.vue'),
    meta: { title: '修改密码', nav: { group: 'account', icon: markRaw(Lock) } },
  },
]
