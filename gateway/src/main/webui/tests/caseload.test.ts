import { describe, it, expect } from 'vitest'
import { byVisitNeed, sinceText, visitReasons, visitScore, type CaseFirm } from '../src/utils/caseload'

const firm = (name: string, days: number | null, extra: Partial<CaseFirm> = {}): CaseFirm => ({
  id: name, name, creditCode: '', districtName: null, clusterName: null, tier: null, tierName: null, assignedAt: null,
  lastVisitOn: days === null ? null : '2025-01-01', daysSinceVisit: days, visits: days === null ? 0 : 1, visitsLast90Days: 0, ...extra,
})

describe('who needs a visit most', () => {
  it('puts a firm never visited before one seen recently', () => {
    const sorted = byVisitNeed([firm('甲', 10), firm('乙', null), firm('丙', 200)])
    expect(sorted.map((f) => f.name)).toEqual(['丙', '乙', '甲'])
  })
  it('lets open needs and unread matches bring a firm forward', () => {
    const quiet = firm('安静', 40)
    const busy = firm('忙碌', 30, { openNeeds: 3, unreadMatches: 2 })
    expect(visitScore(busy)).toBeGreaterThan(visitScore(quiet))
    expect(byVisitNeed([quiet, busy])[0].name).toBe('忙碌')
  })
  it('caps what waits so that one firm with many needs does not outrank a year without a visit', () => {
    expect(visitScore(firm('一年', 365))).toBeGreaterThan(visitScore(firm('很多需求', 5, { openNeeds: 50, unreadMatches: 50, missingFacts: 50 })))
  })
  it('breaks ties by the longer wait, then by name', () => {
    expect(byVisitNeed([firm('乙', 30), firm('甲', 30)]).map((f) => f.name)).toEqual(['甲', '乙'])
  })
  it('does not change the list it was given', () => {
    const list = [firm('甲', 1), firm('乙', null)]
    byVisitNeed(list)
    expect(list[0].name).toBe('甲')
  })
  it('says why', () => {
    expect(visitReasons(firm('x', null, { openNeeds: 2, unreadMatches: 1, missingFacts: 3 }))).toEqual(['从未走访', '2 项技术需求对接中', '1 条政策消息未读', '缺 3 项信息'])
    expect(visitReasons(firm('x', 120))).toEqual(['已 120 天未走访'])
    expect(visitReasons(firm('x', 10))).toEqual([])
    expect([sinceText(null), sinceText(0), sinceText(7)]).toEqual(['从未走访', '今天', '7 天前'])
  })
})

import { eachLimited } from '../src/utils/limit'
describe('a few requests at a time', () => {
  it('never runs more than the limit and does every item once', async () => {
    let running = 0
    let peak = 0
    const done: number[] = []
    await eachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++; peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, 5 * (n % 3)))
      done.push(n); running--
    })
    expect(peak).toBe(3)
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7])
    await eachLimited([], 3, async () => { throw new Error('never') })
  })
})
