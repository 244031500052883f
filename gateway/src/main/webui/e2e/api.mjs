// Direct API calls for the journeys: to read what the screen must show, and to set up the
// demo programs the journeys need (through the real gateway with real tokens).
export function makeApi(base, keycloak) {
  const tokens = new Map()
  async function token(user) {
    const hit = tokens.get(user)
    if (hit && hit.until > Date.now()) return hit.token
    const res = await fetch(`${keycloak}/realms/zjtx/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'zjtx-portal', username: user, password: 'Demo@2025' }),
    })
    if (!res.ok) throw new Error(`token for ${user}: ${res.status} ${await res.text()}`)
    const j = await res.json()
    tokens.set(user, { token: j.access_token, until: Date.now() + (j.expires_in - 30) * 1000 })
    return j.access_token
  }
  async function call(user, method, path, body, headers = {}) {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${await token(user)}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await res.text()
    let data = null
    try { data = text ? JSON.parse(text) : null } catch { data = text }
    return { status: res.status, data, etag: res.headers.get('ETag') }
  }
  const ok = async (user, method, path, body, headers) => {
    const r = await call(user, method, path, body, headers)
    if (r.status >= 300) throw new Error(`${method} ${path} as ${user}: ${r.status} ${JSON.stringify(r.data)}`)
    return r
  }
  return {
    token, call, ok,
    get: async (user, path) => (await ok(user, 'GET', path)).data,
  }
}

export async function until(what, probe, done, ms = 60_000, every = 500) {
  const end = Date.now() + ms
  let last
  for (;;) {
    last = await probe()
    if (done(last)) return last
    if (Date.now() > end) throw new Error(`等待超时：${what}（最后一次：${JSON.stringify(last)?.slice(0, 300)}）`)
    await new Promise((r) => setTimeout(r, every))
  }
}
