// Browser journeys of the portal: log in through the real Keycloak page as ent-demo, uni-demo and
// expert-demo, and check that what the screens show equals what the API returns.
import assert from 'node:assert/strict'
import { until } from './api.mjs'

export const ENT_DEMO = '0a6e3c1e-5b1f-4d6a-9b0e-000000000001'
export const ENT_DEMO_2 = '0a6e3c1e-5b1f-4d6a-9b0e-000000000002'
export const EQUITY_PROGRAM = '股权融资奖励（门户演示）'
export const RD_PROGRAM = '研发投入奖励（门户演示）'

export async function login(page, base, user, onLoginPage) {
  await page.goto(`${base}/`)
  await page.waitForSelector('#username', { timeout: 30_000 })
  assert.match(page.url(), /\/realms\/zjtx\/protocol\/openid-connect\/auth/, 'the login page is Keycloak\'s')
  assert.match(await page.locator('body').innerText(), /登录|用户名/, 'the login page is in Chinese')
  await onLoginPage?.(page)
  await page.fill('#username', user)
  await page.fill('#password', 'Demo@2025')
  await Promise.all([page.waitForURL((u) => u.href.startsWith(base), { timeout: 30_000 }), page.click('#kc-login')])
  await page.waitForSelector('.brand', { timeout: 30_000 })
}

/** Demo programs (real policies, published by admin-demo through the API) the journeys rely on. */
export async function setUp(api) {
  const existing = (await api.get('admin-demo', '/programs?size=200')).items
  const publish = async (title, rules) => {
    const found = existing.find((p) => p.title === title && p.status === 'PUBLISHED')
    if (found) return found.id
    const created = await api.ok('admin-demo', 'POST', '/programs', {
      kind: 'POLICY', title, category: '奖励', department: '淮安市工业和信息化局', docNumber: `淮工信〔2026〕${100 + Math.floor(Math.random() * 800)}号`,
      summary: '门户演示用政策', clauseText: '对符合条件的企业给予一次性奖励。', validFrom: '2025-01-01', validTo: '2027-12-31',
      applyOpensOn: '2025-01-01', applyDeadline: '2027-12-31', budget: 50_000_000, exemptApplication: false, rules,
    })
    await api.ok('admin-demo', 'POST', `/programs/${created.data.id}/publish`, undefined, { 'If-Match': created.etag })
    return created.data.id
  }
  const rd = await publish(RD_PROGRAM, {
    eligibility: { all: [{ label: '研发费用占营业收入比重不低于3%', clause: '第三条（一）', gte: { fact: 'rd_ratio', value: 3 } }] },
    benefit: { fixed: 200000 },
  })
  const equity = await publish(EQUITY_PROGRAM, {
    eligibility: { all: [
      { label: '近两年新增股权融资额不低于500万元', clause: '第四条（二）', gte: { fact: 'equity_financing_2y', value: 5000000 } },
      { label: '研发费用占营业收入比重不低于2%', clause: '第四条（一）', gte: { fact: 'rd_ratio', value: 2 } },
    ] },
    benefit: { fixed: 300000 },
  })
  // The missing fact of the journey: ent-demo has not entered its latest year's equity financing.
  const years = (await api.get('ent-demo', `/enterprises/${ENT_DEMO}/figures`)).map((f) => f.year).sort((a, b) => b - a)
  const latest = await api.ok('ent-demo', 'GET', `/enterprises/${ENT_DEMO}/figures/${years[0]}`)
  if (latest.data.entered.newEquityFinancing !== null) {
    await api.ok('ent-demo', 'PUT', `/enterprises/${ENT_DEMO}/figures/${years[0]}`, { ...latest.data.entered, newEquityFinancing: null }, { 'If-Match': latest.etag })
  }
  await until('ent-demo 的两项演示政策判定', () => api.get('ent-demo', `/enterprises/${ENT_DEMO}/matches`),
    (ms) => ms.some((m) => m.programId === rd && m.status === 'ELIGIBLE') && ms.some((m) => m.programId === equity && m.status === 'UNKNOWN'), 90_000)
  return { rd, equity, latestYear: years[0] }
}

const field = (page, id) => page.locator(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`).first()
const text = (page, sel) => page.locator(sel).first().innerText()
const rows = (page, testid) => page.locator(`[data-testid="${testid}"] .el-table__body-wrapper tbody tr.el-table__row`)

export function journeys({ base, api, shot }) {
  let other = ''
  const neverOther = async (page, where) => {
    if (!other) other = (await api.get('admin-demo', `/enterprises/${ENT_DEMO_2}`)).name
    const body = await page.locator('body').innerText()
    assert.ok(!body.includes('示范企业二'), `${where}：不应出现“示范企业二”`)
    assert.ok(!body.includes(other), `${where}：不应出现示范企业二的名称 ${other}`)
  }

  return [
    {
      name: 'ent-demo：工作台的数字与接口一致',
      user: 'ent-demo',
      async run(page) {
        const [e, inbox, needs] = await Promise.all([
          api.get('ent-demo', `/enterprises/${ENT_DEMO}`),
          api.get('ent-demo', `/enterprises/${ENT_DEMO}/notifications?unread=true&size=5`),
          api.get('ent-demo', '/tech-needs?status=OPEN&size=5'),
        ])
        await page.waitForSelector('[data-testid="criteria-table"] tbody tr')
        assert.equal((await text(page, '[data-testid="tier-now"]')).trim(), e.tierName)
        // each current tier certificate with its validity (what 一站直达 calls 已持有)
        const quals = await api.get('ent-demo', `/enterprises/${ENT_DEMO}/qualifications`)
        const tiers = quals.filter((q) => q.current && q.tier)
        assert.equal(await page.locator('[data-testid="held-tier"]').count(), tiers.length)
        const heldText = await page.locator('[data-testid="tier-card"]').innerText()
        for (const q of tiers.filter((t) => t.reviewOn)) {
          const [y, m, d] = q.reviewOn.split('-').map(Number)
          assert.ok(heldText.includes(`有效期至 ${y}年${m}月${d}日`), `${q.kindName} 显示有效期至 ${q.reviewOn}`)
        }
        assert.equal(Number(await text(page, '[data-testid="unread-count"]')), inbox.unread)
        assert.equal(Number(await text(page, '[data-testid="open-needs"]')), needs.total)
        const criteria = await rows(page, 'criteria-table').count()
        assert.ok(criteria >= 2, `晋级之路列出条件（${criteria} 条）`)
        await shot(page, 'ent-workbench')
        await neverOther(page, '工作台')
      },
    },
    {
      name: 'ent-demo：一站直达列出全部项目，逐条依据，补充缺失信息后实时重新判定',
      user: 'ent-demo',
      async run(page, ctx) {
        await page.click('text=一站直达')
        await page.waitForSelector('[data-testid="matches-table"] tbody tr')
        const matches = await api.get('ent-demo', `/enterprises/${ENT_DEMO}/matches`)
        await until('表格行数', () => rows(page, 'matches-table').count(), (n) => n === matches.length, 10_000)
        // A tier the firm holds shows as 已持有 with its validity, not as a verdict on it (2026 办法 transition).
        const held = matches.filter((m) => m.held)
        assert.ok(held.some((m) => m.code === 'tier.zjtx-sme.2026'), 'ent-demo 持有的专精特新中小企业标为已持有')
        for (const m of held) {
          const heldRow = page.locator('[data-testid="matches-table"] tr').filter({ has: page.locator(`a:text-is("${m.title}")`) })
          await heldRow.locator('[data-testid="held-tag"]').waitFor()
          if (m.held.validUntil) assert.ok((await heldRow.innerText()).includes(`有效期至 ${m.held.validUntil}`), `${m.title} 显示有效期`)
        }
        // 已持有 is a filter of its own, and no verdict's filter lists a title held.
        await page.click('.toolbar .el-radio-button:has-text("已持有")')
        await until('已持有筛选', () => rows(page, 'matches-table').count(), (n) => n === held.length, 10_000)
        assert.equal(await page.locator('[data-testid="matches-table"] [data-testid="held-tag"]').count(), held.length, '已持有筛选只列出持有的称号')
        await page.click('.toolbar .el-radio-button:has-text("不符合")')
        const refused = matches.filter((m) => !m.held && m.status === 'NOT_ELIGIBLE').length
        await until('不符合筛选', () => rows(page, 'matches-table').count(), (n) => n === refused, 10_000)
        assert.equal(await page.locator('[data-testid="matches-table"] [data-testid="held-tag"]').count(), 0, '不符合筛选不列持有的称号')
        await page.click('.toolbar .el-radio-button:has-text("全部")')
        await until('全部', () => rows(page, 'matches-table').count(), (n) => n === matches.length, 10_000)
        const row = page.locator('[data-testid="matches-table"] tr', { hasText: EQUITY_PROGRAM })
        await row.locator('text=信息不全').waitFor()
        await shot(page, 'ent-policies')
        await row.locator(`a:has-text("${EQUITY_PROGRAM}")`).click()
        await page.waitForSelector('[data-testid="trace-table"] tbody tr')
        const detail = await api.get('ent-demo', `/enterprises/${ENT_DEMO}/matches/${ctx.equity}`)
        const traceText = await page.locator('[data-testid="trace-table"]').innerText()
        for (const c of detail.trace.children) {
          assert.ok(traceText.includes(c.criterion), `依据列出条件“${c.criterion}”`)
          if (c.clause) assert.ok(traceText.includes(c.clause), `依据列出条款“${c.clause}”`)
        }
        assert.ok(traceText.includes('未填报'), '缺失的事实显示为未填报')
        assert.equal((await text(page, '[data-testid="match-status"]')).trim(), '信息不全')
        // 申报期 on the result: the dates and whether applications are taken today
        const period = await text(page, '[data-testid="apply-period"]')
        assert.ok(period.includes('2027-12-31') && period.includes('申报中'), `申报期显示日期与状态：${period}`)
        await shot(page, 'ent-policy-trace')
        const input = field(page, `fact-figures.${ctx.latestYear}.newEquityFinancing`)
        await input.fill('6000000')
        // The fact is a two-year sum: the year before must be there too (it is in the demo data).
        const prev = field(page, `fact-figures.${ctx.latestYear - 1}.newEquityFinancing`)
        if ((await prev.count()) && !(await prev.inputValue())) await prev.fill('1000000')
        const saved = Date.now()
        await page.click('[data-testid="save-facts"]')
        await page.locator('[data-testid="match-status"]', { hasText: '符合' }).filter({ hasNotText: '不' }).waitFor({ timeout: 60_000 })
        await page.waitForSelector('[data-testid="rematched"]')
        ctx.rematchMs = Date.now() - saved
        assert.equal((await text(page, '[data-testid="match-amount"]')).trim(), '¥30万')
        const after = await api.get('ent-demo', `/enterprises/${ENT_DEMO}/matches/${ctx.equity}`)
        assert.equal(after.status, 'ELIGIBLE')
        await neverOther(page, '一站直达')
      },
    },
    {
      name: 'ent-demo：消息的未读数与接口一致，标为已读后减少',
      user: 'ent-demo',
      async run(page) {
        await page.click('.el-menu-item:has-text("消息")')
        await page.waitForSelector('[data-testid="inbox-table"] tbody tr')
        const inbox = await api.get('ent-demo', `/enterprises/${ENT_DEMO}/notifications?size=20`)
        assert.ok(inbox.unread > 0, '重新判定后收件箱有未读消息')
        assert.equal((await text(page, '[data-testid="inbox-unread"]')).trim(), `${inbox.unread} 条未读`)
        assert.equal(Number((await text(page, '[data-testid="unread-badge"]')).trim()), inbox.unread)
        assert.ok((await page.locator('[data-testid="inbox-table"]').innerText()).includes(EQUITY_PROGRAM), '新符合的政策出现在消息里')
        await shot(page, 'ent-inbox')
        await page.locator('[data-testid="inbox-table"] button:has-text("标为已读")').first().click()
        const expected = inbox.unread - 1
        await until('页面上的未读数减少', async () => (await page.locator('[data-testid="inbox-unread"]').count()) ? (await text(page, '[data-testid="inbox-unread"]')).trim() : '0 条未读',
          (t) => t === `${expected} 条未读`, 10_000, 200)
        const after = await api.get('ent-demo', `/enterprises/${ENT_DEMO}/notifications?size=1`)
        assert.equal(after.unread, inbox.unread - 1)
        await neverOther(page, '消息')
      },
    },
    {
      name: 'ent-demo：申报表由企业信息预填，提交后看到进度',
      user: 'ent-demo',
      async run(page, ctx) {
        await page.click('.el-menu-item:has-text("申报")')
        await page.waitForSelector('[data-testid="applications-table"]')
        const before = (await api.get('ent-demo', `/enterprises/${ENT_DEMO}/applications?size=50`)).items
        if (!before.some((a) => a.programId === ctx.rd)) {
          await page.click('[data-testid="apply-program"]')
          await page.locator('.el-select-dropdown__item', { hasText: RD_PROGRAM }).click()
          await page.click('[data-testid="apply-open"]')
          await page.waitForSelector('.el-dialog .el-descriptions')
          const e = await api.get('ent-demo', `/enterprises/${ENT_DEMO}`)
          assert.equal(await page.locator('.el-dialog input').first().inputValue(), e.name, '申报表预填企业名称')
          await page.click('[data-testid="apply-submit"]')
        }
        const row = page.locator('[data-testid="applications-table"] tr', { hasText: RD_PROGRAM })
        await row.waitFor()
        assert.ok((await row.innerText()).includes('申报'), '进度显示申报节点')
        await shot(page, 'ent-applications')
        await neverOther(page, '申报')
      },
    },
    {
      name: 'ent-demo：企业信息的校验错误以中文显示在字段旁',
      user: 'ent-demo',
      async run(page) {
        await page.click('.el-menu-item:has-text("企业信息")')
        await page.waitForSelector('[data-testid="profile-form"]')
        const e = await api.get('ent-demo', `/enterprises/${ENT_DEMO}`)
        assert.equal(await field(page, 'f-name').inputValue(), e.name)
        await field(page, 'f-creditCode').fill('123')
        await page.click('[data-testid="save-profile"]')
        const err = page.locator('.el-form-item:has(input[data-testid="f-creditCode"]) .el-form-item__error')
        await err.waitFor()
        assert.match(await err.innerText(), /[\u4e00-\u9fa5]/, '字段旁的错误是中文')
        assert.match(await page.locator('[data-testid="request-id"]').innerText(), /^[0-9a-f-]{8,}$/i, '错误带请求编号')
        await shot(page, 'ent-profile-error')
        const still = await api.get('ent-demo', `/enterprises/${ENT_DEMO}`)
        assert.equal(still.creditCode, e.creditCode, '不合法的修改没有保存')
        // what the platform holds of the firm's titles and awards, which 一站直达 judges by
        const quals = await api.get('ent-demo', `/enterprises/${ENT_DEMO}/qualifications`)
        await page.click('.el-tabs__item:has-text("资质与奖励")')
        await until('资质与奖励行数', () => rows(page, 'own-qualifications').count(), (n) => n === quals.length, 10_000)
        const ownText = await page.locator('[data-testid="own-qualifications"]').innerText()
        for (const q of quals) assert.ok(ownText.includes(q.kindName), `列出${q.kindName}`)
        await neverOther(page, '企业信息')
      },
    },
    {
      name: 'ent-demo：发布技术需求后看到匹配的专家与理由',
      user: 'ent-demo',
      async run(page) {
        await page.click('.el-menu-item:has-text("技术需求")')
        await page.waitForSelector('[data-testid="needs-table"]')
        await page.click('[data-testid="new-need"]')
        const title = `焊接机器人焊缝视觉跟踪精度提升（${Date.now().toString(36)}）`
        await field(page, 'need-title').fill(title)
        await field(page, 'need-summary').fill('焊接机器人在厚板多层多道焊时焊缝跟踪偏差大，希望与高校合作开展焊缝视觉跟踪与轨迹规划研究。')
        await field(page, 'need-description').fill('现状：依靠示教编程，焊缝偏移时需人工修正。期望：基于视觉的焊缝实时跟踪，跟踪精度达到0.2mm。')
        await page.click('[data-testid="need-submit"]')
        await page.waitForURL(/\/ent\/needs\/[0-9a-f-]{36}$/)
        await page.locator('[data-testid="need-title"]', { hasText: title }).waitFor()
        const needId = page.url().split('/').pop()
        await until('匹配的专家出现在页面上', () => rows(page, 'matched-experts').count(), (n) => n > 0, 45_000)
        const experts = await api.get('ent-demo', `/matches/needs/${needId}/experts?size=10`)
        const first = await rows(page, 'matched-experts').first().innerText()
        assert.ok(first.includes(experts.items[0].label), `第一位推荐专家 ${experts.items[0].label}`)
        assert.ok(/学科重合|命中关键词|相关度/.test(first), '显示推荐理由')
        // 组队建议: the page shows exactly the members the API proposes, each with the reason given.
        const proposal = await api.get('ent-demo', `/tech-needs/${needId}/team-proposal`)
        if (proposal.members.length) {
          await until('组队建议出现在页面上', () => rows(page, 'team-members').count(), (n) => n === proposal.members.length, 20_000)
          const member = await rows(page, 'team-members').first().innerText()
          assert.ok(member.includes(proposal.members[0].name) && member.includes(proposal.members[0].reason.slice(0, 10)), `组队建议的第一位 ${proposal.members[0].name} 及理由`)
        } else {
          assert.equal(await page.locator('[data-testid="team-proposal"]').count(), 0, '没有组队建议时不显示空卡片')
        }
        await shot(page, 'ent-need-experts')
        await neverOther(page, '技术需求')
        // An expert shows interest; the firm declines it with a reason, which the ranker may learn from.
        const expertDemo = '2c8a5e3a-7d3b-4f8c-9d2a-000000000001'
        const interest = (await api.ok('expert-demo', 'POST', '/interests', { needId, expertId: expertDemo, message: '我们做过焊缝跟踪' })).data
        await page.reload()
        await until('意向出现在页面上', () => rows(page, 'interests-table').count(), (n) => n === 1, 20_000)
        await page.click('[data-testid="interests-table"] [data-testid="decline"]')
        await page.locator('[data-testid="decline-reasons"] label', { hasText: '研究方向与需求不符' }).click()
        await page.click('[data-testid="decline-submit"]')
        await page.locator('[data-testid="decline-reason"]', { hasText: '研究方向与需求不符' }).waitFor({ timeout: 10_000 })
        const after = (await api.get('ent-demo', `/interests?needId=${needId}`)).find((i) => i.id === interest.id)
        assert.equal(after.status, 'DECLINED')
        assert.equal(after.declineReasonCode, 'OFF_TOPIC', '婉拒原因随决定保存')
      },
    },
    {
      name: 'ent-demo：发布科技副总岗位（主导产品取自企业档案，发展规划必填），岗位出现在本企业列表',
      user: 'ent-demo',
      async run(page) {
        await page.click('.el-menu-item:has-text("科技副总")')
        await page.waitForSelector('[data-testid="own-seats"]')
        const before = await api.get('ent-demo', '/vice-presidents/seats/mine')
        await until('本企业岗位行数', () => rows(page, 'own-seats').count(), (n) => n === before.length, 10_000)
        await page.click('[data-testid="new-seat"]')
        const firm = await api.get('ent-demo', `/enterprises/${ENT_DEMO}`)
        if (firm.mainProduct) await until('主导产品取自企业档案', () => field(page, 'seat-product').inputValue(), (v) => v === firm.mainProduct, 10_000)
        else await field(page, 'seat-product').fill('数控机床电主轴')
        const title = `智能装备研发科技副总（${Date.now().toString(36)}）`
        await field(page, 'seat-title').fill(title)
        await field(page, 'seat-description').fill('牵头制定技术路线，指导研发团队，联合申报科技项目')
        await page.click('[data-testid="seat-submit"]')
        const planError = page.locator('.el-form-item.is-error', { hasText: '发展规划' }).locator('.el-form-item__error')
        await planError.waitFor({ timeout: 10_000 })
        assert.match(await planError.innerText(), /发展规划/, '缺发展规划时字段旁给出中文提示')
        await field(page, 'seat-plan').fill('三年内把主导产品的关键性能指标提高 30%，良品率由 95% 提高到 99%，建成一条智能化产线并培养 5 人研发团队')
        await page.click('[data-testid="seat-submit"]')
        await page.locator('[data-testid="own-seats"]', { hasText: title }).waitFor({ timeout: 10_000 })
        const after = await api.get('ent-demo', '/vice-presidents/seats/mine')
        assert.equal(after.length, before.length + 1, '发布一个岗位')
        assert.equal(await rows(page, 'own-seats').count(), after.length, '列表行数与接口一致')
        const row = page.locator('[data-testid="own-seats"] tr.el-table__row', { hasText: title })
        const mine = after.find((x) => x.seat.title === title)
        assert.ok((await row.innerText()).includes(`主导产品：${mine.seat.mainProductLine}`), '列表显示主导产品')
        assert.ok((await row.innerText()).includes('24 个月'), '任期默认 24 个月')
        await shot(page, 'ent-vice-presidents')
        await neverOther(page, '科技副总')
      },
    },
    {
      name: 'ent-demo：退出登录回到统一身份认证页面',
      user: 'ent-demo',
      async run(page) {
        await page.click('button:has-text("退出登录")')
        await page.waitForSelector('#username', { timeout: 30_000 })
      },
    },
    {
      name: 'uni-demo：本校专家的需求匹配、筛选与表达意向；专家与团队',
      user: 'uni-demo',
      async run(page) {
        const uni = '1b7f4d2f-6c2a-4e7b-8c1f-000000000001'
        await page.waitForSelector('[data-testid="uni-overall"] tbody tr', { timeout: 30_000 })
        const m = await api.get('uni-demo', `/matches/universities/${uni}/needs?size=20`)
        await until('汇总行数', () => rows(page, 'uni-overall').count(), (n) => n === m.overall.length, 20_000)
        assert.ok((await rows(page, 'uni-overall').first().innerText()).includes(m.overall[0].label))
        await shot(page, 'uni-needs')
        await rows(page, 'uni-overall').first().locator('button:has-text("表达意向")').click()
        await page.click('[data-testid="interest-send"]')
        // A first interest is accepted; the same expert again is refused (409) with the Chinese detail and request id.
        await page.locator('.el-message--success, .el-dialog [role="alert"]').first().waitFor()
        if (await page.locator('.el-dialog [role="alert"]').isVisible()) {
          assert.match(await page.locator('.el-dialog [data-testid="request-id"]').innerText(), /^[0-9a-f-]{8,}$/i)
          await page.locator('.el-dialog button:has-text("取消")').click()
        }
        await page.locator('.el-dialog').first().waitFor({ state: 'hidden' })
        await page.click('.el-menu-item:has-text("专家与团队")')
        await page.waitForSelector('[data-testid="uni-experts"] tbody tr')
        const experts = await api.get('uni-demo', `/experts?universityId=${uni}&size=20`)
        assert.ok((await page.locator('.el-tabs__item').first().innerText()).includes(`（${experts.total}）`))
        await shot(page, 'uni-experts')
        await page.click('.el-menu-item:has-text("揭榜比拼")')
        await page.waitForSelector('[data-testid="challenges"]')
      },
    },
    {
      name: 'expert-demo：本人档案、推荐的需求与理由、科技副总岗位',
      user: 'expert-demo',
      async run(page) {
        const id = '2c8a5e3a-7d3b-4f8c-9d2a-000000000001'
        await page.waitForSelector('[data-testid="expert-needs"] tbody tr', { timeout: 30_000 })
        const m = await api.get('expert-demo', `/matches/experts/${id}/needs?size=20`)
        await until('推荐行数', () => rows(page, 'expert-needs').count(), (n) => n === m.items.length, 20_000)
        assert.ok((await rows(page, 'expert-needs').first().innerText()).includes(m.items[0].label))
        await shot(page, 'expert-needs')
        await page.click('.el-menu-item:has-text("我的档案")')
        const me = await api.get('expert-demo', `/experts/${id}`)
        await page.locator('[data-testid="expert-name"]', { hasText: me.name }).waitFor()
        // 产业经历, read by the 科技副总 match, written on the profile page
        const experience = `2019–2021 年在淮安数控装备企业挂职技术副总，主持主轴热变形补偿横向课题 3 项（${Date.now().toString(36)}）`
        await page.click('[data-testid="edit-vp"]')
        await field(page, 'industry-input').fill(experience)
        await page.click('[data-testid="vp-save"]')
        await page.locator('[data-testid="industry-experience"]', { hasText: experience }).waitFor({ timeout: 10_000 })
        assert.equal((await api.get('expert-demo', `/experts/${id}`)).industryExperience, experience, '保存的产业经历即页面显示的')
        assert.equal((await api.get('expert-demo', `/experts/${id}`)).researchDirections, me.researchDirections, '其余档案内容不变')
        await page.click('.el-menu-item:has-text("科技副总")')
        await page.waitForSelector('[data-testid="seats"]')
        const seats = await api.get('expert-demo', '/vice-presidents/seats')
        if (seats.length) {
          await until('岗位行数', () => rows(page, 'seats').count(), (n) => n === seats.length, 10_000)
          const named = seats.find((x) => x.enterpriseName)
          if (named) await page.locator('[data-testid="seat-firm"]', { hasText: named.enterpriseName }).first().waitFor()
          const mine = (await api.get('expert-demo', '/vice-presidents/applications/mine')).filter((a) => seats.some((x) => x.id === a.seatId))
          await until('已申请的岗位标为“已申请”', () => page.locator('[data-testid="seat-applied"]').count(), (n) => n === mine.length, 10_000)
        }
        else await page.locator('[data-testid="seats"] .el-table__empty-text', { hasText: '暂无开放的科技副总岗位' }).waitFor()
      },
    },
  ]
}
