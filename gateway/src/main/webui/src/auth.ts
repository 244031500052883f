// Keycloak login: authorization code + PKCE (S256) with the public client zjtx-portal.
// Tokens stay in memory (keycloak-js keeps them in the instance); refreshed silently with the
// refresh token before they expire; logout ends the Keycloak session.
import type Keycloak from 'keycloak-js'

export interface PortalConfig {
  keycloakUrl: string
  realm: string
  clientId: string
}

export interface SessionUser {
  username: string
  name: string
  roles: string[]
  enterpriseId: string | null
  universityId: string | null
  expertId: string | null
}

let kc: Keycloak | null = null
let refreshTimer: ReturnType<typeof setInterval> | null = null

export async function loadConfig(): Promise<PortalConfig> {
  const res = await fetch('/portal-config.json', { headers: { Accept: 'application/json' } })
  if (!res.ok) throw new Error(`无法读取门户配置（${res.status}）`)
  return res.json()
}

export async function login(config: PortalConfig): Promise<SessionUser> {
  const { default: KeycloakCtor } = await import('keycloak-js')
  kc = new KeycloakCtor({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId })
  await kc.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    responseMode: 'query',
    scope: 'openid',
    locale: 'zh-CN',
  })
  kc.onTokenExpired = () => { void refresh() }
  refreshTimer = setInterval(() => { void refresh() }, 30_000)
  return userOf(kc.tokenParsed as Record<string, unknown>)
}

export function userOf(claims: Record<string, unknown> | undefined): SessionUser {
  const c = claims ?? {}
  const realm = (c.realm_access as { roles?: string[] } | undefined)?.roles ?? []
  const known = ['admin', 'commissioner', 'enterprise', 'university', 'expert']
  return {
    username: String(c.preferred_username ?? ''),
    name: String(c.name ?? c.preferred_username ?? ''),
    roles: realm.filter((r) => known.includes(r)),
    enterpriseId: (c.enterprise_id as string) ?? null,
    universityId: (c.university_id as string) ?? null,
    expertId: (c.expert_id as string) ?? null,
  }
}

async function refresh(): Promise<void> {
  if (!kc) return
  try {
    await kc.updateToken(60)
  } catch {
    await kc.login({ locale: 'zh-CN' })
  }
}

/** A valid access token, refreshed first when it has less than 30 s left. */
export async function accessToken(): Promise<string | null> {
  if (!kc) return null
  try {
    await kc.updateToken(30)
  } catch {
    await kc.login({ locale: 'zh-CN' })
    return null
  }
  return kc.token ?? null
}

export async function logout(): Promise<void> {
  if (refreshTimer) clearInterval(refreshTimer)
  await kc?.logout({ redirectUri: `${window.location.origin}/` })
}

export function relogin(): void {
  void kc?.login({ locale: 'zh-CN' })
}
