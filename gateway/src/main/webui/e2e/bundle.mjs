// What the portal costs on the wire: JS + CSS transferred (compressed, as sent) from opening the
// portal through the Keycloak login to the 工作台 drawn, and the largest chunk of the build (gzip).
//   node e2e/bundle.mjs [baseUrl]     (default http://127.0.0.1:8080; run after the Maven build)
import { chromium } from 'playwright-core'
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import { login } from './journeys.mjs'

const base = (process.argv[2] || 'http://127.0.0.1:8080').replace(/\/$/, '')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage()
const seen = []
page.on('requestfinished', async (req) => {
  const url = req.url()
  if (!url.startsWith(base) || !/\.(js|css)(\?|$)/.test(url)) return
  const sizes = await req.sizes().catch(() => null)
  const res = await req.response()
  seen.push({ url: url.slice(base.length), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0, encoding: res?.headers()['content-encoding'] ?? 'identity' })
})
const started = Date.now()
await login(page, base, 'ent-demo')
await page.waitForSelector('[data-testid="criteria-table"] tbody tr')
await page.waitForTimeout(1500) // not networkidle: the notification stream stays open
const ms = Date.now() - started
await browser.close()

const kb = (n) => (n / 1024).toFixed(1)
const total = seen.reduce((a, s) => a + s.bytes, 0)
console.log(`登录 → 工作台：${seen.length} 个 JS/CSS 文件，共传输 ${kb(total)} KB（${[...new Set(seen.map((s) => s.encoding))].join('/')}），${ms} ms（含 Keycloak 登录页）`)
for (const s of seen.sort((a, b) => b.bytes - a.bytes).slice(0, 8)) console.log(`  ${kb(s.bytes).padStart(7)} KB  ${s.url}`)

const here = dirname(fileURLToPath(import.meta.url))
// Quinoa moves the build to gateway/target/quinoa/build; a plain `npm run build` leaves it in dist/.
const dist = [join(here, '..', 'dist', 'assets'), join(here, '..', '..', '..', '..', 'target', 'quinoa', 'build', 'assets')].find((d) => { try { return readdirSync(d).length > 0 } catch { return false } })
try {
  const chunks = readdirSync(dist).filter((f) => /\.(js|css)$/.test(f)).map((f) => ({ f, gz: gzipSync(readFileSync(join(dist, f))).length }))
  chunks.sort((a, b) => b.gz - a.gz)
  console.log(`最大的包（gzip）：${chunks.slice(0, 3).map((c) => `${c.f} ${kb(c.gz)} KB`).join('；')}`)
} catch { console.log('（dist/ 不存在：先构建，npm run build）') }
