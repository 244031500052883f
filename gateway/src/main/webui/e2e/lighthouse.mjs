// Lighthouse (desktop preset) on 工作台 and 一站直达 as ent-demo, or on 目标看板 as admin-demo, in Debian's Chromium.
//   node e2e/lighthouse.mjs [baseUrl]     (default http://127.0.0.1:8080; run after the Maven build)
// Env: LIGHTHOUSE_USER (ent-demo or admin-demo; default ent-demo), CHROMIUM (default /usr/bin/chromium), LIGHTHOUSE_OUT (reports; default logs/lighthouse),
// LIGHTHOUSE_RUNS (default 1; with more, each page's run of median performance is the one shown,
// as Lighthouse advises on a machine whose load varies).
//
// The portal keeps its tokens in memory, so a page load starts a new login. Chromium is started with
// a debugging port; Playwright logs in through the real Keycloak page (Keycloak's SSO cookie is then
// set) and Lighthouse (a user flow on a puppeteer page of the same browser) loads each page as a
// person opening a bookmark does: portal → Keycloak (SSO cookie, no form) → back with the code →
// page drawn. Storage is not reset (that would drop the SSO cookie), but the HTTP cache is cleared
// before each page, so every page is measured cold.
import { chromium } from 'playwright-core'
import puppeteer from 'puppeteer-core'
import * as chromeLauncher from 'chrome-launcher'
import { startFlow } from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { login } from './journeys.mjs'

const base = (process.argv[2] || 'http://127.0.0.1:8080').replace(/\/$/, '')
const out = resolve(process.env.LIGHTHOUSE_OUT || 'logs/lighthouse')
mkdirSync(out, { recursive: true })
const user = process.env.LIGHTHOUSE_USER || 'ent-demo'
const pagesOf = {
  'ent-demo': [
    { name: '工作台', path: '/ent/workbench', ready: '[data-testid="criteria-table"] tbody tr' },
    { name: '一站直达', path: '/ent/policies', ready: '[data-testid="matches-table"] tbody tr' },
  ],
  // The screen the city looks at most (issue 11): its headline targets are the last thing drawn.
  'admin-demo': [{ name: '目标看板', path: '/admin/dashboard', ready: '[data-testid^="target-"] [data-testid="actual"]' }],
}
const pages = pagesOf[user]
if (!pages) throw new Error(`LIGHTHOUSE_USER 只能是 ${Object.keys(pagesOf).join(' 或 ')}`)

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
})
let failed = false
try {
  const pw = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`)
  const pwPage = await pw.contexts()[0].newPage()
  await login(pwPage, base, user)
  await pwPage.goto(`${base}${pages[0].path}`)
  await pwPage.waitForSelector(pages[0].ready, { timeout: 30_000 })

  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null })
  const page = (await browser.pages()).find((p) => p.url().startsWith(base))
  const cdp = await page.createCDPSession()
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS || 1))
  const byPage = pages.map(() => [])
  for (let run = 1; run <= runs; run++) {
    const flow = await startFlow(page, { config: desktopConfig, flags: { disableStorageReset: true }, name: `门户（${user}）第 ${run} 次` })
    for (const p of pages) {
      await cdp.send('Network.clearBrowserCache')
      await flow.navigate(`${base}${p.path}`, { name: p.name, disableStorageReset: true })
      const shown = await page.$(p.ready)
      if (!shown) { console.log(`${p.name}：页面未显示数据（${page.url()}）——登录没有保持？`); failed = true }
    }
    const result = await flow.createFlowResult()
    result.steps.forEach((step, i) => byPage[i].push(step))
    writeFileSync(`${out}/flow-${run}.json`, JSON.stringify(result))
    writeFileSync(`${out}/flow-${run}.html`, await flow.generateReport())
  }
  const perf = (step) => step.lhr.categories.performance.score
  const first = byPage[0][0].lhr
  console.log(`Lighthouse ${first.lighthouseVersion}（desktop，${first.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0]}）：${base}，${user}，${runs} 次`)
  for (const steps of byPage) {
    const step = [...steps].sort((a, b) => perf(a) - perf(b))[Math.floor((steps.length - 1) / 2)]
    const lhr = step.lhr
    if (runs > 1) console.log(`\n${step.name}：各次 ${steps.map((s) => Object.values(s.lhr.categories).filter((c) => c.id !== 'seo').map((c) => Math.round(c.score * 100)).join('/')).join('，')}（性能/无障碍/最佳做法）；下为性能居中的一次`)
    const cats = Object.values(lhr.categories)
    console.log(`\n${step.name}（${lhr.finalDisplayedUrl}）`)
    console.log('  ' + cats.map((c) => `${c.title} ${Math.round(c.score * 100)}`).join('   '))
    const m = (id) => lhr.audits[id]?.displayValue ?? '—'
    console.log(`  FCP ${m('first-contentful-paint')}  LCP ${m('largest-contentful-paint')}  TBT ${m('total-blocking-time')}  CLS ${m('cumulative-layout-shift')}  SI ${m('speed-index')}`)
    for (const c of cats) {
      if (c.id !== 'seo' && c.score < 0.9) failed = true
      for (const ref of c.auditRefs) {
        const a = lhr.audits[ref.id]
        if (a.score === null || a.score >= 0.9 || a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'manual' || a.scoreDisplayMode === 'informative') continue
        const items = (a.details?.items ?? []).slice(0, 4).map((it) => it.node?.selector ?? it.url ?? it.source?.url ?? it.description ?? '').filter(Boolean)
        console.log(`  ✗ [${c.title}${ref.weight ? ` 权重 ${ref.weight}` : ''}] ${a.id}：${a.title}${a.displayValue ? `（${a.displayValue}）` : ''}${items.length ? `\n      ${items.join('\n      ')}` : ''}`)
      }
    }
  }
  console.log(`\n报告：${out}/flow-*.html   负载 ${loadavg().map((x) => x.toFixed(1)).join(' / ')}（1/5/15 分钟）`)
  await browser.disconnect()
  await pw.close()
} finally {
  await chrome.kill()
}
process.exit(failed ? 1 : 0)
