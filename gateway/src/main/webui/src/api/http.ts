// The portal's one HTTP client: same-origin /api/v1, bearer token from the auth module,
// problem+json (RFC 9457) turned into ApiError with Chinese text, field errors and the request id.

export interface Violation {
  field: string
  message: string
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  requestId?: string
  violations?: Violation[]
}

export class ApiError extends Error {
  readonly status: number
  readonly title: string
  readonly detail: string
  readonly requestId: string | null
  readonly violations: Violation[]
  readonly problem: Problem | null

  constructor(status: number, problem: Problem | null, requestId: string | null) {
    const title = problem?.title || statusTitle(status)
    const detail = problem?.detail || problem?.title || statusTitle(status)
    super(detail)
    this.name = 'ApiError'
    this.status = status
    this.title = title
    this.detail = detail
    this.requestId = requestId || problem?.requestId || null
    this.violations = problem?.violations ?? []
    this.problem = problem
  }

  /** Field errors keyed by the API's field name and by its last segment ("figures.revenue" → "revenue"). */
  get fieldErrors(): Record<string, string> {
    return fieldErrorsOf(this.violations)
  }
}

export function fieldErrorsOf(violations: Violation[] | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const v of violations ?? []) {
    if (!v?.field) continue
    const full = v.field.replace(/\[(\d+)\]/g, '.$1')
    const add = (k: string) => {
      out[k] = out[k] ? `${out[k]}；${v.message}` : v.message
    }
    add(full)
    const last = full.split('.').pop()!
    if (last !== full) add(last)
  }
  return out
}

export function statusTitle(status: number): string {
  switch (status) {
    case 0: return '无法连接服务器，请检查网络'
    case 400: return '请求参数不合法'
    case 401: return '登录已失效，请重新登录'
    case 403: return '无权访问'
    case 404: return '未找到'
    case 409: return '数据冲突'
    case 412: return '数据已被他人修改，请刷新后重试'
    case 413: return '提交内容过大'
    case 422: return '无法处理的请求'
    case 429: return '请求过于频繁，请稍后再试'
    case 502: case 503: case 504: return '服务暂时不可用，请稍后再试'
    default: return status >= 500 ? '服务器内部错误' : `请求失败（${status}）`
  }
}

export type Query = Record<string, string | number | boolean | null | undefined | Array<string | number>>

export function buildUrl(path: string, query?: Query): string {
  const base = path.startsWith('/api/') ? path : `/api/v1${path.startsWith('/') ? '' : '/'}${path}`
  if (!query) return base
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue
    if (Array.isArray(v)) v.forEach((x) => params.append(k, String(x)))
    else params.append(k, String(v))
  }
  const qs = params.toString()
  return qs ? `${base}?${qs}` : base
}

export interface RequestOptions {
  query?: Query
  body?: unknown
  ifMatch?: string | null
  idempotencyKey?: string
  headers?: Record<string, string>
  signal?: AbortSignal
}

export interface ApiResponse<T> {
  data: T
  status: number
  etag: string | null
  requestId: string | null
  location: string | null
}

type TokenProvider = () => Promise<string | null>
let tokenProvider: TokenProvider = async () => null
let onUnauthorized: () => void = () => {}
let fetchImpl: typeof fetch = (...args) => fetch(...args)

export function configureHttp(opts: { token?: TokenProvider; unauthorized?: () => void; fetch?: typeof fetch }) {
  if (opts.token) tokenProvider = opts.token
  if (opts.unauthorized) onUnauthorized = opts.unauthorized
  if (opts.fetch) fetchImpl = opts.fetch
}

export function newRequestId(): string {
  const c = globalThis.crypto
  if (c && 'randomUUID' in c) return c.randomUUID()
  return `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`
}

export async function authHeaders(): Promise<Record<string, string>> {
  const token = await tokenProvider()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'X-Request-Id': newRequestId(),
    ...(await authHeaders()),
    ...opts.headers,
  }
  let body: BodyInit | undefined
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(opts.body)
  }
  if (opts.ifMatch) headers['If-Match'] = opts.ifMatch
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey
  let res: Response
  try {
    res = await fetchImpl(buildUrl(path, opts.query), { method, headers, body, signal: opts.signal })
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e
    throw new ApiError(0, null, headers['X-Request-Id'])
  }
  const requestId = res.headers.get('X-Request-Id') || headers['X-Request-Id']
  const text = await res.text()
  const type = res.headers.get('Content-Type') || ''
  let json: unknown = null
  if (text && (type.includes('json') || /^[\[{]/.test(text.trim()))) {
    try { json = JSON.parse(text) } catch { json = null }
  }
  if (!res.ok) {
    if (res.status === 401) onUnauthorized()
    throw new ApiError(res.status, (json as Problem) ?? null, requestId)
  }
  return {
    data: (json ?? (text || null)) as T,
    status: res.status,
    etag: res.headers.get('ETag'),
    requestId,
    location: res.headers.get('Location'),
  }
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }).then((r) => r.data),
  getFull: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown, opts: RequestOptions = {}) => request<T>('POST', path, { ...opts, body }).then((r) => r.data),
  put: <T>(path: string, body: unknown, opts: RequestOptions = {}) => request<T>('PUT', path, { ...opts, body }),
}

/** A page as the services return it. */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

/** Normalises the services' page shapes (items/content/data, total/totalElements). */
export function toPage<T>(raw: unknown, page = 0, size = 20): Page<T> {
  if (Array.isArray(raw)) return { items: raw as T[], total: raw.length, page, size }
  const r = (raw ?? {}) as Record<string, unknown>
  const items = (r.items ?? r.content ?? r.data ?? r.results ?? []) as T[]
  const total = Number(r.total ?? r.totalElements ?? r.totalItems ?? r.count ?? items.length)
  return { items, total, page: Number(r.page ?? r.number ?? page), size: Number(r.size ?? size) }
}

/** Downloads a file the API produces (XLSX, CSV) with the caller's token, and saves it under {@code filename}. */
export async function download(path: string, query: Query | undefined, filename: string): Promise<Blob> {
  const headers: Record<string, string> = { 'X-Request-Id': newRequestId(), ...(await authHeaders()) }
  let res: Response
  try {
    res = await fetchImpl(buildUrl(path, query), { headers })
  } catch {
    throw new ApiError(0, null, headers['X-Request-Id'])
  }
  if (!res.ok) {
    let problem: Problem | null = null
    try { problem = JSON.parse(await res.text()) } catch { problem = null }
    throw new ApiError(res.status, problem, res.headers.get('X-Request-Id') || headers['X-Request-Id'])
  }
  const blob = await res.blob()
  if (typeof document !== 'undefined') {
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = filename
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return blob
}

/** Uploads a file as multipart/form-data (field {@code file}); problem+json becomes ApiError as for JSON calls. */
export async function upload<T>(path: string, query: Query | undefined, file: Blob, filename: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', 'X-Request-Id': newRequestId(), ...(await authHeaders()) }
  const form = new FormData()
  form.append('file', file, filename)
  let res: Response
  try {
    res = await fetchImpl(buildUrl(path, query), { method: 'POST', headers, body: form })
  } catch {
    throw new ApiError(0, null, headers['X-Request-Id'])
  }
  const text = await res.text()
  let json: unknown = null
  try { json = text ? JSON.parse(text) : null } catch { json = null }
  if (!res.ok) throw new ApiError(res.status, json as Problem, res.headers.get('X-Request-Id') || headers['X-Request-Id'])
  return json as T
}
