import { defineStore } from 'pinia'
import type { SessionUser } from '../auth'

export const ROLE_LABELS: Record<string, string> = {
  enterprise: '企业用户',
  university: '高校技术转移',
  expert: '专家',
  commissioner: '服务专员',
  admin: '工信局管理员',
}

export const useSession = defineStore('session', {
  state: () => ({ user: null as SessionUser | null }),
  getters: {
    role: (s): string => s.user?.roles[0] ?? '',
    roleLabel(): string { return ROLE_LABELS[this.role] ?? '访客' },
    home(): string {
      switch (this.role) {
        case 'enterprise': return '/ent/workbench'
        case 'university': return '/uni/needs'
        case 'expert': return '/expert/needs'
        case 'commissioner': return '/comm/firms'
        case 'admin': return '/admin/dashboard'
        default: return '/welcome'
      }
    },
  },
  actions: {
    setUser(u: SessionUser) { this.user = u },
  },
})
