import { describe, it, expect } from 'vitest'
import { lineOf, nodeLines, pinViolations, rulesPath } from '../src/utils/jsonLines'

const rules = `{
  "eligibility": {
    "all": [
      { "label": "研发费用占比", "gte": { "fact": "rd_ratio", "value": 3 } },
      {
        "label": "未知事实",
        "gte": { "fact": "no_such_fact", "value": 1 }
      }
    ]
  },
  "benefit": { "fixed": 200000 }
}`

describe('rule editor: errors pinned to their node', () => {
  it('knows the line of every node', () => {
    const { lines, error } = nodeLines(rules)
    expect(error).toBeNull()
    expect(lines.get('')).toBe(1)
    expect(lines.get('eligibility.all')).toBe(3)
    expect(lines.get('eligibility.all.0.gte.fact')).toBe(4)
    expect(lines.get('eligibility.all.1')).toBe(5)
    expect(lines.get('eligibility.all.1.gte.fact')).toBe(7)
    expect(lines.get('benefit.fixed')).toBe(11)
  })
  it('reads the API field names', () => {
    expect(rulesPath('rules.eligibility.all[1].gte.fact')).toBe('eligibility.all.1.gte.fact')
    expect(rulesPath('rules')).toBe('')
  })
  it('pins a missing node to its nearest parent', () => {
    const { lines } = nodeLines(rules)
    expect(lineOf(lines, 'rules.eligibility.all[1].gte.unit')).toBe(7)
    expect(lineOf(lines, 'rules.benefit.tiers[0]')).toBe(11)
    expect(lineOf(lines, 'rules.nothing')).toBe(1)
  })
  it('groups violations by line', () => {
    const pinned = pinViolations(rules, [
      { field: 'rules.eligibility.all[1].gte.fact', message: '未知的事实“no_such_fact”' },
      { field: 'rules.eligibility.all[1].gte', message: '另一个问题' },
    ])
    expect(pinned.get(7)).toEqual(['未知的事实“no_such_fact”', '另一个问题'])
  })
  it('reports a syntax error with its line', () => {
    const { error } = nodeLines('{\n  "a": 1,\n  "b" 2\n}')
    expect(error?.line).toBe(3)
    expect(error?.message).toContain('“:”')
    expect(nodeLines('{"a": [1, 2').error?.message).toContain('文本意外结束')
    expect(nodeLines('{} x').error?.message).toContain('多余的内容')
  })
})
