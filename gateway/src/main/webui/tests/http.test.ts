import { describe, it, expect, beforeEach } from 'vitest'
import { ApiError, buildUrl, configureHttp, fieldErrorsOf, request, statusTitle, toPage } from '../src/api/http'

function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: Array<{ url: string; init: RequestInit }> = []
  const f = (async (url: string, init: RequestInit) => {
    calls.push({ url, init })
    const text = typeof body === 'string' ? body : JSON.stringify(body)
    return new Response(status === 204 ? null : text, { status, headers })
  }) as unknown as typeof fetch
  return { f, calls }
}

describe('buildUrl', () => {
  it('prefixes /api/v1 and drops empty query values', () => {
    expect(buildUrl('/tech-needs', { status: 'OPEN', page: 0, q: '', x: undefined, y: null })).toBe('/api/v1/tech-needs?status=OPEN&page=0')
    expect(buildUrl('/api/v1/experts')).toBe('/api/v1/experts')
    expect(buildUrl('/a', { ids: ['1', '2'] })).toBe('/api/v1/a?ids=1&ids=2')
  })
})

describe('request', () => {
  beforeEach(() => configureHttp({ token: async () => 'tok-1' }))

  it('sends the bearer token, a request id, If-Match and Idempotency-Key, and returns data and ETag', async () => {
    const { f, calls } = fakeFetch(200, { ok: true }, { 'Content-Type': 'application/json', ETag: '"3"', 'X-Request-Id': 'rid-9' })
    configureHttp({ fetch: f })
    const r = await request<{ ok: boolean }>('PUT', '/enterprises/1', { body: { a: 1 }, ifMatch: '"2"', idempotencyKey: 'k1' })
    expect(r.data.ok).toBe(true)
    expect(r.etag).toBe('"3"')
    expect(r.requestId).toBe('rid-9')
    const h = calls[0].init.headers as Record<string, string>
    expect(h.Authorization).toBe('Bearer tok-1')
    expect(h['If-Match']).toBe('"2"')
    expect(h['Idempotency-Key']).toBe('k1')
    expect(h['X-Request-Id']).toMatch(/.+/)
    expect(calls[0].init.body).toBe('{"a":1}')
  })

  it('turns problem+json into an ApiError with the Chinese detail, field errors and the response request id', async () => {
    const problem = {
      type: 'https://zjtx.huaian.gov.cn/problems/validation', title: '请求参数不合法', status: 400,
      detail: '营业收入不能为负；联系人电话格式不正确', requestId: 'body-rid',
      violations: [{ field: 'revenue', message: '营业收入不能为负' }, { field: 'update.contacts[0].phone', message: '联系人电话格式不正确' }],
    }
    const { f } = fakeFetch(400, problem, { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'hdr-rid' })
    configureHttp({ fetch: f })
    const e = await request('PUT', '/x', { body: {} }).catch((x) => x)
    expect(e).toBeInstanceOf(ApiError)
    expect(e.status).toBe(400)
    expect(e.title).toBe('请求参数不合法')
    expect(e.detail).toBe('营业收入不能为负；联系人电话格式不正确')
    expect(e.requestId).toBe('hdr-rid')
    expect(e.fieldErrors.revenue).toBe('营业收入不能为负')
    expect(e.fieldErrors['update.contacts.0.phone']).toBe('联系人电话格式不正确')
    expect(e.fieldErrors.phone).toBe('联系人电话格式不正确')
  })

  it('gives a Chinese message when the body is not a problem, and calls back on 401', async () => {
    let unauthorized = 0
    const { f } = fakeFetch(401, '', {})
    configureHttp({ fetch: f, unauthorized: () => { unauthorized++ } })
    const e = await request('GET', '/x').catch((x) => x)
    expect(e.detail).toBe('登录已失效，请重新登录')
    expect(unauthorized).toBe(1)
  })

  it('reports a network failure as status 0 in Chinese', async () => {
    configureHttp({ fetch: (async () => { throw new TypeError('Failed to fetch') }) as unknown as typeof fetch })
    const e = await request('GET', '/x').catch((x) => x)
    expect(e.status).toBe(0)
    expect(e.detail).toBe('无法连接服务器，请检查网络')
    expect(e.requestId).toBeTruthy()
  })
})

describe('fieldErrorsOf', () => {
  it('joins several messages of one field', () => {
    expect(fieldErrorsOf([{ field: 'name', message: '不能为空' }, { field: 'name', message: '过长' }]).name).toBe('不能为空；过长')
    expect(fieldErrorsOf(undefined)).toEqual({})
  })
})

describe('toPage and statusTitle', () => {
  it('reads the services page shape and plain arrays', () => {
    expect(toPage({ items: [1, 2], total: 7, page: 1, size: 2 })).toEqual({ items: [1, 2], total: 7, page: 1, size: 2 })
    expect(toPage([1, 2, 3]).total).toBe(3)
  })
  it('has Chinese titles', () => {
    expect(statusTitle(412)).toBe('数据已被他人修改，请刷新后重试')
    expect(statusTitle(503)).toBe('服务暂时不可用，请稍后再试')
  })
})
