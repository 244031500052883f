import { describe, it, expect } from 'vitest'
import { change, figure, progress, ratioText, remaining, targetRows, targetText, type TargetStatus } from '../src/utils/targets'

const t = (over: Partial<TargetStatus>): TargetStatus => ({ key: 'k', name: '指标', unit: '家', comparison: '≥', target: 260, actual: 200, ratio: 0.7692, met: false, definition: '口径', ...over })

describe('targets as people read them', () => {
  it('formats counts and rates in their unit', () => {
    expect(figure(t({}), 26)).toBe('26 家')
    expect(figure(t({ unit: '比例' }), 0.0412)).toBe('4.12%')
    expect(figure(t({ unit: '件/家' }), 1.5)).toBe('1.5 件/家')
    expect(figure(t({}), null)).toBe('—')
    expect(targetText(t({ unit: '比例', comparison: '>', target: 0.04 }))).toBe('> 4%')
  })
  it('shows progress capped at 100, and an at-most target as full when met', () => {
    expect(progress(t({}))).toBe(77)
    expect(progress(t({ actual: 300 }))).toBe(100)
    expect(progress(t({ actual: null }))).toBe(0)
    expect(progress(t({ comparison: '≤', target: 2, actual: 1.5, unit: '家/名' }))).toBe(100)
    expect(progress(t({ comparison: '≤', target: 2, actual: 4, unit: '家/名' }))).toBe(50)
  })
  it('says what is left', () => {
    expect(remaining(t({}))).toBe('还差 60 家')
    expect(remaining(t({ met: true, actual: 270 }))).toBe('已达成')
    expect(remaining(t({ unit: '比例', comparison: '>', target: 0.04, actual: 0.035 }))).toBe('还差 0.5 个百分点')
    expect(remaining(t({ unit: '比例', comparison: '>', target: 0.5, actual: 0.5 }))).toBe('需超过目标值')
    expect(remaining(t({ unit: '家/名', comparison: '≤', target: 2, actual: 3 }))).toBe('超出 1 家/名')
    expect(remaining(t({ actual: null }))).toBe('暂无数据')
    expect(remaining(t({ unit: '件/家', target: 2, actual: 1.25 }))).toBe('还差 0.75 件/家')
  })
  it('gives ratio, change and table rows', () => {
    expect(ratioText(t({}))).toBe('76.9%')
    expect(ratioText(t({ ratio: null }))).toBe('—')
    expect([change(12, 10), change(10, 12), change(3, 3), change(null, 1)]).toEqual(['+2', '-2', '持平', '—'])
    const rows = targetRows([t({})])
    expect(rows[0]).toEqual(['指标', '目标', '实际', '完成比例', '是否达成', '距目标', '口径'])
    expect(rows[1]).toEqual(['指标', '≥ 260 家', '200 家', '76.9%', '未达成', '还差 60 家', '口径'])
  })
})
