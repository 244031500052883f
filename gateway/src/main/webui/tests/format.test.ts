import { describe, it, expect } from 'vitest'
import { wan, wanRange, percent, date, dateTime, daysUntil, statusOf, MATCH_STATUS, TRACE_RESULT, APPLICATION_STATUS, highlightParts, awardRank, qualificationState } from '../src/utils/format'

describe('money in 万元', () => {
  it('formats yuan as ¥万 with trailing zeros trimmed', () => {
    expect(wan(60000000)).toBe('¥6000万')
    expect(wan(2951352.41)).toBe('¥295.14万')
    expect(wan(125000)).toBe('¥12.5万')
    expect(wan(0)).toBe('¥0万')
    expect(wan(5000)).toBe('¥5000元')
    expect(wan(null)).toBe('—')
    expect(wan('abc')).toBe('—')
  })
  it('formats ranges', () => {
    expect(wanRange(100000, 500000)).toBe('¥10万–¥50万')
    expect(wanRange(200000, 200000)).toBe('¥20万')
    expect(wanRange(null, null)).toBe('—')
    expect(wanRange(null, 300000)).toBe('最高 ¥30万')
  })
  it('formats fractions as percent', () => {
    expect(percent(0.0492)).toBe('4.92%')
    expect(percent(0.5)).toBe('50%')
    expect(percent(null)).toBe('—')
  })
})

describe('dates', () => {
  it('formats plain dates and instants in Beijing time', () => {
    expect(date('2025-12-25')).toBe('2025年12月25日')
    expect(date('2026-12-03T17:30:00Z')).toBe('2026年12月4日')
    expect(dateTime('2026-12-03T11:58:06.322373Z')).toBe('2026-12-03 19:58')
    expect(date(null)).toBe('—')
    expect(dateTime('not a date')).toBe('—')
  })
  it('counts days to a deadline', () => {
    expect(daysUntil('2026-12-10', new Date('2026-12-03T01:00:00Z'))).toBe(7)
    expect(daysUntil('2026-12-01', new Date('2026-12-03T01:00:00Z'))).toBe(-2)
  })
})

describe('statuses in Chinese', () => {
  it('names match results as the portal shows them', () => {
    expect(MATCH_STATUS.ELIGIBLE.label).toBe('符合')
    expect(MATCH_STATUS.NOT_ELIGIBLE.label).toBe('不符合')
    expect(MATCH_STATUS.UNKNOWN.label).toBe('信息不全')
    expect(TRACE_RESULT.FALSE.label).toBe('不满足')
    expect(statusOf(APPLICATION_STATUS, 'PAID').label).toBe('已兑付')
    expect(statusOf(MATCH_STATUS, 'NEW_THING', '新状态').label).toBe('新状态')
    expect(statusOf(MATCH_STATUS, null).label).toBe('—')
    // A pending result shows the service's count of checks; its colour stays the table's.
    expect(statusOf(MATCH_STATUS, 'PENDING_VERIFICATION', '符合（待核验 2 项）')).toEqual({ label: '符合（待核验 2 项）', type: 'primary' })
    expect(statusOf(MATCH_STATUS, 'ELIGIBLE', '符合条件').label).toBe('符合')
    expect(TRACE_RESULT.MANUAL.label).toBe('需人工核验')
  })
})

describe('search highlights', () => {
  it('splits <em> into parts without producing HTML', () => {
    expect(highlightParts('主要从事<em>光伏</em>与<em>储能</em>')).toEqual([
      { text: '主要从事', hit: false }, { text: '光伏', hit: true }, { text: '与', hit: false }, { text: '储能', hit: true },
    ])
    expect(highlightParts('<img src=x onerror=alert(1)>').map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)>')
  })
})

describe('qualifications', () => {
  it('shows an award rank with its meaning and nothing for a title', () => {
    expect(awardRank({ rank: 2, rankLabel: '获奖单位排名' })).toBe('获奖单位排名 第 2 名')
    expect(awardRank({ rank: null, rankLabel: null })).toBe('')
  })
  it('tells a revoked certification from one past its validity', () => {
    expect(qualificationState({ current: true, revokedOn: null })).toEqual({ label: '有效', type: 'success' })
    expect(qualificationState({ current: false, revokedOn: '2026-12-01' }).label).toBe('已撤销')
    expect(qualificationState({ current: false, revokedOn: null }).label).toBe('已失效')
  })
})
