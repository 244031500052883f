// Runs the portal's browser journeys in Debian's Chromium (playwright-core, no browser download).
//   node e2e/run.mjs [baseUrl]      (default http://127.0.0.1:18080)
// Env: PORTAL_JOURNEYS (comma-separated users whose journeys to run; default all), ZJTX_KEYCLOAK_URL (default from the portal's /portal-config.json), CHROMIUM (default
// /usr/bin/chromium), PORTAL_ARTIFACTS (failures' screenshots and traces; default logs/portal-test),
// PORTAL_SCREENSHOTS=dir to also save the main screens (docs/screenshots).
import { chromium } from 'playwright-core'
import { mkdirSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { makeApi } from './api.mjs'
import { journeys, login, setUp } from './journeys.mjs'
import { consoleJourneys } from './consoles.mjs'

const base = (process.argv[2] || process.env.PORTAL_BASE_URL || 'http://127.0.0.1:18080').replace(/\/$/, '')
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium'
const artifacts = resolve(process.env.PORTAL_ARTIFACTS || 'logs/portal-test')
const screenshots = process.env.PORTAL_SCREENSHOTS ? resolve(process.env.PORTAL_SCREENSHOTS) : null
if (!existsSync(executablePath)) {
  console.error(`缺少 Chromium：${executablePath}。请安装（Debian/Ubuntu：apt-get install -y chromium）或设置 CHROMIUM。`)
  process.exit(2)
}
mkdirSync(artifacts, { recursive: true })
if (screenshots) mkdirSync(screenshots, { recursive: true })

const config = await (await fetch(`${base}/portal-config.json`)).json()
const keycloak = process.env.ZJTX_KEYCLOAK_URL || config.keycloakUrl
const api = makeApi(base, keycloak)
console.log(`门户浏览器测试：${base}（Keycloak ${keycloak}，Chromium ${executablePath}）`)

// The API the portal was typed against is the one these services publish.
{
  const { execFileSync } = await import('node:child_process')
  try {
    console.log(execFileSync(process.execPath, [new URL('../scripts/api-snapshot.mjs', import.meta.url).pathname, '--check', base], { encoding: 'utf8' }).trimEnd())
  } catch (e) {
    console.log(String(e.stderr || e.message).trimEnd())
    process.exitCode = 1
  }
}

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const ctx = await setUp(api)
const shot = async (page, name) => {
  if (!screenshots) return
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: false })
}

let failed = 0
const contexts = new Map()
async function pageFor(user) {
  let c = contexts.get(user)
  if (!c) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', deviceScaleFactor: 1 })
    const page = await context.newPage()
    const errors = []
    page.on('pageerror', (e) => errors.push(String(e)))
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
    c = { context, page, errors, fresh: true }
    contexts.set(user, c)
  }
  return c
}

// PORTAL_JOURNEYS=comm-demo,admin-demo runs only the journeys of those users (all by default).
const only = process.env.PORTAL_JOURNEYS ? process.env.PORTAL_JOURNEYS.split(',').map((u) => u.trim()) : null
for (const j of [...journeys({ base, api, shot }), ...consoleJourneys({ base, api, shot })].filter((j) => !only || only.includes(j.user))) {
  const c = await pageFor(j.user)
  const started = Date.now()
  await c.context.tracing.start({ screenshots: true, snapshots: true })
  try {
    if (c.fresh) { await login(c.page, base, j.user, contexts.size === 1 ? (p) => shot(p, 'login') : undefined); c.fresh = false }
    await j.run(c.page, ctx)
    await c.context.tracing.stop()
    console.log(`  ✔ ${j.name}（${((Date.now() - started) / 1000).toFixed(1)} 秒）`)
  } catch (e) {
    failed++
    const slug = j.name.replace(/[^\w\u4e00-\u9fa5-]+/g, '_').slice(0, 60)
    await c.page.screenshot({ path: `${artifacts}/${slug}.png`, fullPage: true }).catch(() => {})
    await c.context.tracing.stop({ path: `${artifacts}/${slug}.trace.zip` }).catch(() => {})
    console.log(`  ✘ ${j.name}\n    ${String(e?.stack || e).split('\n').slice(0, 6).join('\n    ')}`)
    if (c.errors.length) console.log(`    浏览器错误：${c.errors.slice(-5).join(' | ')}`)
    console.log(`    截图与追踪：${artifacts}/${slug}.png / .trace.zip（npx playwright show-trace 可查看）`)
    // A failed journey may leave a dialog open: the next one starts from a freshly loaded portal, so
    // one failure is reported once, not again by every journey after it.
    await c.page.goto(base).then(() => c.page.waitForSelector('.brand', { timeout: 30_000 })).catch(() => {})
  }
  if (j.name.includes('退出登录')) c.fresh = true
}
// The Content-Security-Policy must not refuse anything the portal does.
const refused = [...contexts.values()].flatMap((c) => c.errors).filter((e) => /Content Security Policy|Refused to/i.test(e))
if (refused.length) {
  failed++
  console.log(`  ✘ 内容安全策略拦截了门户的请求：\n    ${[...new Set(refused)].slice(0, 5).join('\n    ')}`)
} else console.log('  ✔ 全程没有被内容安全策略（CSP）拦截的请求')
if (ctx.rematchMs !== undefined) console.log(`  保存缺失信息 → 页面显示重新判定：${ctx.rematchMs} ms`)
await browser.close()
console.log(failed || process.exitCode ? `门户浏览器测试：${failed + (process.exitCode ? 1 : 0)} 项失败` : '门户浏览器测试全部通过')
process.exit(failed || process.exitCode ? 1 : 0)
