import { markRaw } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Avatar, DataBoard, HomeFilled, OfficeBuilding, Place, Stamp } from '@element-plus/icons-vue'

const workbench = (icon: object) => ({ group: 'workbench' as const, icon: markRaw(icon) })

export const workbenchRoutes: RouteRecordRaw[] = [
  {
    path: 'member',
    name: 'member-workbench',
    component: () => import('./MemberWorkbench.vue'),
    meta: { title: '委员工作台', roles: ['MEMBER'], nav: workbench(HomeFilled) },
  },
  {
    path: 'office',
    name: 'office-workbench',
    component: () => import('./OfficeWorkbench.vue'),
    meta: { title: '提案委工作台', roles: ['PROPOSAL_OFFICE'], nav: workbench(Stamp) },
  },
  {
    path: 'unit',
    name: 'unit-workbench',
    component: () => import('./UnitWorkbench.vue'),
    meta: { title: '承办单位工作台', roles: ['HANDLING_UNIT'], nav: workbench(OfficeBuilding) },
  },
  {
    path: 'leader',
    name: 'leader-view',
    component: () => import('./LeaderView.vue'),
    meta: { title: '领导工作台', roles: ['LEADER'], nav: workbench(DataBoard) },
  },
  {
    path: 'workstation',
    name: 'workstation-workbench',
    component: () => import('./WorkstationWorkbench.vue'),
    meta: { title: '工作站工作台', roles: ['WORKSTATION_LIAISON'], nav: workbench(Place) },
  },
  {
    path: 'resident',
    name: 'resident-home',
    component: () => import('./ResidentHome.vue'),
    meta: { title: '群众服务', roles: ['RESIDENT'], nav: workbench(Avatar) },
  },
]
