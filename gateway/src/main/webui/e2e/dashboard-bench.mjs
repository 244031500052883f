// 目标看板 on a running instance: how fast its API answers and how soon the page has every chart
// drawn, in headless Chromium (Debian's), as admin-demo.
//   node e2e/dashboard-bench.mjs [baseUrl] [rounds]     (default http://127.0.0.1:8080, 30 API rounds)
// Prints p50/p95 per API operation (the page calls the first four; /targets/districts is the
// per-district target table, not on the page) (sequential calls through the gateway with a real token) and,
// over 5 visits, the time from clicking 目标看板 in the menu to the last of its charts drawn.
import { chromium } from 'playwright-core'
import { makeApi } from './api.mjs'
import { login } from './journeys.mjs'

const base = (process.argv[2] || 'http://127.0.0.1:8080').replace(/\/$/, '')
const rounds = Number(process.argv[3] || 30)
const config = await (await fetch(`${base}/portal-config.json`)).json()
const api = makeApi(base, process.env.ZJTX_KEYCLOAK_URL || config.keycloakUrl)
const token = await api.token('admin-demo')

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] }
const enterprises = (await api.get('admin-demo', '/enterprises?size=1')).total
console.log(`目标看板基准：${base}，在库企业 ${enterprises} 家，每个接口顺序调用 ${rounds} 次（首次预热不计）`)
for (const path of (process.env.BENCH_PATHS || '/dashboard/targets,/dashboard/districts,/dashboard/clusters,/dashboard/trend,/dashboard/targets/districts').split(',')) {
  const ms = []
  for (let i = 0; i <= rounds; i++) {
    const t = performance.now()
    const res = await fetch(`${base}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } })
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`${path}: ${res.status}`)
    if (i > 0) ms.push(performance.now() - t)
  }
  console.log(`  GET ${path.padEnd(30)} p50 ${pct(ms, 50).toFixed(0).padStart(5)} ms   p95 ${pct(ms, 95).toFixed(0).padStart(5)} ms   max ${Math.max(...ms).toFixed(0)} ms`)
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage()
await login(page, base, 'admin-demo')
await page.waitForFunction(() => document.querySelectorAll('.chart[data-rendered]').length >= 5, null, { timeout: 60_000 })
const visits = []
for (let i = 0; i < 5; i++) {
  await page.click('.el-menu-item:has-text("企业库")')
  await page.waitForSelector('[data-testid="enterprises-table"]')
  const t = Date.now()
  await page.click('.el-menu-item:has-text("目标看板")')
  await page.waitForFunction(() => document.querySelectorAll('.chart[data-rendered]').length >= 5, null, { timeout: 60_000, polling: 20 })
  visits.push(Date.now() - t)
}
await browser.close()
console.log(`  点击“目标看板”→ 5 张图表全部绘制完成：${visits.join('、')} ms（中位数 ${pct(visits, 50)} ms）`)
