import { describe, it, expect } from 'vitest'
import { parseSse } from '../src/utils/sse'

describe('parseSse', () => {
  it('splits complete events and keeps the unfinished rest', () => {
    const r = parseSse('data: {"a":1}\n\n: keep-alive\n\nevent: x\ndata: 1\ndata: 2\n\ndata: {"b"')
    expect(r.events).toEqual([{ event: 'message', data: '{"a":1}' }, { event: 'x', data: '1\n2' }])
    expect(r.rest).toBe('data: {"b"')
  })
  it('accepts CRLF line ends', () => {
    expect(parseSse('data:hi\r\n\r\n').events).toEqual([{ event: 'message', data: 'hi' }])
  })
})
