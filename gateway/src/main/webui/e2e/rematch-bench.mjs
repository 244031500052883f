// Saving a missing fact → the re-match on screen, many times, through the real services, as ent-demo
// in headless Chromium (Debian's).
//   node e2e/rematch-bench.mjs [baseUrl] [samples]     (default http://127.0.0.1:8080, 20 samples)
// Each sample: the demo firm's latest equity financing is cleared through the API (so 股权融资奖励 is
// 信息不全 again), the page opens that program from 一站直达, fills the missing figure and clicks
// 保存并重新判定; the time is from the click to 已根据新信息重新判定 shown with the status 符合.
// With psql on the PATH and ZJTX_BENCH_DB (e.g. `-h 127.0.0.1 -U zjtx`, PGPASSWORD set) it also
// reads where the time went from the services' tables (databases zjtx_enterprise / zjtx_policy, or
// with the suffix in ZJTX_BENCH_DB_SUFFIX): the first outbox row after the click written / relayed, the policy read model
// updated (its latest write), and the first of each after the click: the re-match job started /
// finished, the notification (符合 now) created.
import { chromium } from 'playwright-core'
import { execFileSync } from 'node:child_process'
import { makeApi, until } from './api.mjs'
import { ENT_DEMO, EQUITY_PROGRAM, login, setUp } from './journeys.mjs'

const base = (process.argv[2] || 'http://127.0.0.1:8080').replace(/\/$/, '')
const samples = Number(process.argv[3] || 20)
const config = await (await fetch(`${base}/portal-config.json`)).json()
const api = makeApi(base, process.env.ZJTX_KEYCLOAK_URL || config.keycloakUrl)
const ctx = await setUp(api)
const db = process.env.ZJTX_BENCH_DB
const suffix = process.env.ZJTX_BENCH_DB_SUFFIX || ''
const sql = (database, q) => execFileSync('psql', [...db.split(/\s+/).filter(Boolean), '-d', database, '-Atc', q], { encoding: 'utf8' }).trim()
const epoch = (col) => `coalesce(round(extract(epoch from ${col}) * 1000)::bigint, 0)`

async function clearFact() {
  const latest = await api.ok('ent-demo', 'GET', `/enterprises/${ENT_DEMO}/figures/${ctx.latestYear}`)
  if (latest.data.entered.newEquityFinancing !== null) {
    await api.ok('ent-demo', 'PUT', `/enterprises/${ENT_DEMO}/figures/${ctx.latestYear}`, { ...latest.data.entered, newEquityFinancing: null }, { 'If-Match': latest.etag })
  }
  await until('股权融资奖励回到信息不全', () => api.get('ent-demo', `/enterprises/${ENT_DEMO}/matches/${ctx.equity}`), (m) => m.status === 'UNKNOWN', 60_000, 200)
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage()
await login(page, base, 'ent-demo')
console.log(`保存缺失信息 → 页面显示重新判定：${base}，${samples} 次，ent-demo，${EQUITY_PROGRAM}`)

const results = []
for (let i = 0; i < samples; i++) {
  await clearFact()
  await page.click('.el-menu-item:has-text("一站直达")')
  const row = page.locator('[data-testid="matches-table"] tr', { hasText: EQUITY_PROGRAM })
  await row.locator('text=信息不全').waitFor({ timeout: 30_000 })
  await row.locator(`a:has-text("${EQUITY_PROGRAM}")`).click()
  const input = page.locator(`[data-testid="fact-figures.${ctx.latestYear}.newEquityFinancing"] input`).first()
  await input.waitFor({ timeout: 30_000 })
  await input.fill(String(5_000_000 + 1000 * i))
  const prev = page.locator(`[data-testid="fact-figures.${ctx.latestYear - 1}.newEquityFinancing"] input`).first()
  if ((await prev.count()) && !(await prev.inputValue())) await prev.fill('1000000')
  let savedAt = 0
  let readAt = 0
  const onResponse = async (r) => {
    if (r.request().method() === 'PUT' && r.url().includes('/figures/')) savedAt = Date.now()
    else if (!readAt && r.request().method() === 'GET' && r.url().endsWith(`/matches/${ctx.equity}`)) {
      const at = Date.now()
      if ((await r.json().catch(() => null))?.status === 'ELIGIBLE') readAt = at
    }
  }
  page.on('response', onResponse)
  const clicked = Date.now()
  await page.click('[data-testid="save-facts"]')
  await page.locator('[data-testid="match-status"]', { hasText: '符合' }).filter({ hasNotText: '不' }).waitFor({ timeout: 60_000 })
  await page.waitForSelector('[data-testid="rematched"]', { timeout: 60_000 })
  const shown = Date.now()
  page.off('response', onResponse)
  const r = { ms: shown - clicked, saved: savedAt ? savedAt - clicked : null, read: readAt ? readAt - clicked : null }
  if (db) {
    const [created, sent] = sql(`zjtx_enterprise${suffix}`, `select ${epoch('created_at')}, ${epoch('sent_at')} from outbox where aggregate_id = '${ENT_DEMO}' and created_at >= to_timestamp(${clicked / 1000}) order by created_at limit 1`).split('|').map(Number)
    const [received] = sql(`zjtx_policy${suffix}`, `select ${epoch('received_at')} from enterprise_fact where enterprise_id = '${ENT_DEMO}'`).split('|').map(Number)
    const [started, finished] = sql(`zjtx_policy${suffix}`, `select ${epoch('started_at')}, ${epoch('finished_at')} from match_job where kind = 'ENTERPRISE' and target_id = '${ENT_DEMO}' and requested_at >= to_timestamp(${clicked / 1000}) order by requested_at limit 1`).split('|').map(Number)
    const [notified] = sql(`zjtx_policy${suffix}`, `select ${epoch('min(created_at)')} from notification where kind = 'NEWLY_ELIGIBLE' and enterprise_id = '${ENT_DEMO}' and program_id = '${ctx.equity}' and created_at >= to_timestamp(${clicked / 1000})`).split('|').map(Number)
    Object.assign(r, { outbox: created - clicked, relayed: sent - clicked, received: received - clicked, jobStarted: started - clicked, jobFinished: finished - clicked, notified: notified - clicked })
  }
  results.push(r)
  console.log(`  #${String(i + 1).padStart(2)} ${String(r.ms).padStart(5)} ms` + (r.saved !== null ? `（保存完成 ${r.saved}` : '（') +
    (db ? `；发件箱 ${r.outbox}，中继 ${r.relayed}，政策读模型 ${r.received}，重匹配 ${r.jobStarted}–${r.jobFinished}，站内信 ${r.notified}` : '') + `；页面读到 ${r.read} ms）`)
}
await browser.close()

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] }
const line = (name, key) => { const xs = results.map((r) => r[key]).filter((x) => typeof x === 'number'); if (xs.length) console.log(`${name.padEnd(14)} p50 ${String(pct(xs, 50)).padStart(5)} ms   p90 ${String(pct(xs, 90)).padStart(5)} ms   min ${Math.min(...xs)}   max ${Math.max(...xs)}`) }
console.log(`从点击“保存并重新判定”起（${results.length} 次）：`)
line('页面显示', 'ms')
line('保存完成', 'saved')
if (db) { line('写入发件箱', 'outbox'); line('中继发出', 'relayed'); line('政策读模型', 'received'); line('重匹配开始', 'jobStarted'); line('重匹配结束', 'jobFinished'); line('站内信', 'notified') }
line('页面读到结果', 'read')
console.log(`负载 ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' / ')}（1/5/15 分钟）`)
