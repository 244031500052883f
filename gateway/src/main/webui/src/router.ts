import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSession } from './stores/session'

// Every screen is its own chunk, loaded when first visited.
const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: () => import('./components/Layout.vue'),
    children: [
      { path: '', redirect: () => useSession().home },
      { path: 'welcome', component: () => import('./views/Welcome.vue'), meta: { title: '欢迎' } },
      { path: 'ent/workbench', component: () => import('./views/ent/Workbench.vue'), meta: { title: '工作台', role: 'enterprise' } },
      { path: 'ent/policies', component: () => import('./views/ent/Policies.vue'), meta: { title: '一站直达', role: 'enterprise' } },
      { path: 'ent/policies/:programId', component: () => import('./views/ent/PolicyDetail.vue'), meta: { title: '判定详情', role: 'enterprise' } },
      { path: 'ent/inbox', component: () => import('./views/ent/Inbox.vue'), meta: { title: '消息', role: 'enterprise' } },
      { path: 'ent/applications', component: () => import('./views/ent/Applications.vue'), meta: { title: '申报', role: 'enterprise' } },
      { path: 'ent/profile', component: () => import('./views/ent/Profile.vue'), meta: { title: '企业信息', role: 'enterprise' } },
      { path: 'ent/needs', component: () => import('./views/ent/Needs.vue'), meta: { title: '技术需求', role: 'enterprise' } },
      { path: 'ent/vice-presidents', component: () => import('./views/ent/VicePresidents.vue'), meta: { title: '科技副总', role: 'enterprise' } },
      { path: 'ent/needs/:needId', component: () => import('./views/ent/NeedDetail.vue'), meta: { title: '需求详情', role: 'enterprise' } },
      { path: 'uni/needs', component: () => import('./views/uni/MatchedNeeds.vue'), meta: { title: '需求匹配', role: 'university' } },
      { path: 'uni/experts', component: () => import('./views/uni/Experts.vue'), meta: { title: '专家与团队', role: 'university' } },
      { path: 'uni/challenges', component: () => import('./views/uni/Challenges.vue'), meta: { title: '揭榜比拼', role: 'university' } },
      { path: 'expert/needs', component: () => import('./views/expert/MatchedNeeds.vue'), meta: { title: '为我推荐的需求', role: 'expert' } },
      { path: 'expert/profile', component: () => import('./views/expert/Profile.vue'), meta: { title: '我的档案', role: 'expert' } },
      { path: 'expert/seats', component: () => import('./views/expert/Seats.vue'), meta: { title: '科技副总', role: 'expert' } },
      { path: 'comm/firms', component: () => import('./views/comm/Firms.vue'), meta: { title: '我的企业', role: 'commissioner' } },
      { path: 'comm/visits', component: () => import('./views/comm/Visits.vue'), meta: { title: '走访', role: 'commissioner' } },
      { path: 'comm/coverage', component: () => import('./views/comm/Coverage.vue'), meta: { title: '覆盖率', role: 'commissioner' } },
      { path: 'firms/:id', component: () => import('./views/admin/Enterprise360.vue'), meta: { title: '企业全景', role: ['admin', 'commissioner'] } },
      { path: 'admin/dashboard', component: () => import('./views/admin/Dashboard.vue'), meta: { title: '目标看板', role: 'admin' } },
      { path: 'admin/enterprises', component: () => import('./views/admin/Enterprises.vue'), meta: { title: '企业库', role: 'admin' } },
      { path: 'admin/programs', component: () => import('./views/admin/Programs.vue'), meta: { title: '政策与项目', role: 'admin' } },
      { path: 'admin/programs/:id', component: () => import('./views/admin/ProgramEditor.vue'), meta: { title: '编辑项目', role: 'admin' } },
      { path: 'admin/applications', component: () => import('./views/admin/Applications.vue'), meta: { title: '申报审核', role: 'admin' } },
      { path: 'admin/matchmaking', component: () => import('./views/admin/Matchmaking.vue'), meta: { title: '产学研', role: 'admin' } },
      { path: 'admin/users', component: () => import('./views/admin/Users.vue'), meta: { title: '用户', role: 'admin' } },
      { path: ':rest(.*)*', component: () => import('./views/NotFound.vue'), meta: { title: '页面不存在' } },
    ],
  },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach((to) => {
  const session = useSession()
  const role = to.meta.role as string | string[] | undefined
  const allowed = role === undefined ? null : Array.isArray(role) ? role : [role]
  if (allowed && !allowed.some((r) => session.user?.roles.includes(r))) return session.home
  return true
})

router.afterEach((to) => {
  document.title = `${(to.meta.title as string) ?? ''} · 淮安市专精特新企业培育平台`
})
