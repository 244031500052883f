import { describe, it, expect } from 'vitest'
import { lineDiff } from '../src/utils/lineDiff'

describe('versions side by side', () => {
  it('keeps equal lines and pairs a changed line', () => {
    const rows = lineDiff('{\n  "value": 3\n}', '{\n  "value": 2\n}')
    expect(rows.map((r) => r.kind)).toEqual(['same', 'changed', 'same'])
    expect(rows[1]).toEqual({ left: '  "value": 3', right: '  "value": 2', kind: 'changed' })
  })
  it('shows added and removed lines', () => {
    expect(lineDiff('a\nb\nc', 'a\nc\nd').map((r) => `${r.kind}:${r.left ?? ''}>${r.right ?? ''}`)).toEqual(['same:a>a', 'removed:b>', 'same:c>c', 'added:>d'])
    expect(lineDiff('', 'x').map((r) => r.kind)).toEqual(['changed'])
  })
})
