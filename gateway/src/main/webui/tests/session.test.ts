import { describe, it, expect, beforeEach } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { userOf } from '../src/auth'
import { useSession } from '../src/stores/session'
import { registryInputsFor } from '../src/api/factSources'

describe('session from the token claims', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('reads role and organisation claims and picks the home screen', () => {
    const u = userOf({ preferred_username: 'ent-demo', name: '示范企业 一', realm_access: { roles: ['enterprise', 'offline_access'] }, enterprise_id: 'e-1' })
    expect(u).toMatchObject({ username: 'ent-demo', roles: ['enterprise'], enterpriseId: 'e-1', universityId: null })
    const s = useSession()
    s.setUser(u)
    expect(s.home).toBe('/ent/workbench')
    expect(s.roleLabel).toBe('企业用户')
    s.setUser(userOf({ realm_access: { roles: ['expert'] }, expert_id: 'x' }))
    expect(s.home).toBe('/expert/needs')
    s.setUser(userOf({ realm_access: { roles: ['admin'] } }))
    expect(s.home).toBe('/admin/dashboard')
    s.setUser(userOf({ realm_access: { roles: ['commissioner'] } }))
    expect(s.home).toBe('/comm/firms')
    expect(s.roleLabel).toBe('服务专员')
    s.setUser(userOf({ realm_access: { roles: ['offline_access'] } }))
    expect(s.home).toBe('/welcome')
  })
})

describe('missing facts map to registry fields', () => {
  it('asks for both years of equity financing and the profile for niche years', () => {
    expect(registryInputsFor('equity_financing_2y').map((i) => `${i.target}:${i.year}:${i.field}`)).toEqual(['figures:last:newEquityFinancing', 'figures:prev:newEquityFinancing'])
    expect(registryInputsFor('years_in_niche')[0]).toMatchObject({ target: 'profile', field: 'nicheYears' })
    expect(registryInputsFor('zjtx_eval_score')).toEqual([])
  })

  it('asks for the tax and certification figures, a loss allowed only for taxable income', () => {
    expect(registryInputsFor('taxable_income')).toMatchObject([{ target: 'figures', year: 'last', field: 'taxableIncome', signed: true }])
    expect(registryInputsFor('tech_staff_ratio').map((i) => i.field)).toEqual(['techStaff', 'totalStaff'])
    expect(registryInputsFor('rd_ratio_of_cost').every((i) => !i.signed)).toBe(true)
    // 近三个会计年度: R&D and revenue of the latest year and the two before it
    expect(registryInputsFor('rd_ratio_3y').map((i) => `${i.year}:${i.field}`)).toEqual([
      'last:rdSpending', 'last:revenue', 'prev:rdSpending', 'prev:revenue', 'prev2:rdSpending', 'prev2:revenue',
    ])
  })
})
