// Formatting for people: money in 万元 (¥), dates in Chinese, statuses in Chinese.

/** 元 → "¥12.5万" ("—" when unknown). Under 1万 shows 元. */
export function wan(yuan: number | string | null | undefined, digits = 2): string {
  if (yuan === null || yuan === undefined || yuan === '') return '—'
  const n = Number(yuan)
  if (!Number.isFinite(n)) return '—'
  if (n !== 0 && Math.abs(n) < 10000) return `¥${trim(n.toFixed(0))}元`
  return `¥${trim((n / 10000).toFixed(digits))}万`
}

/** A range in 万元: "¥10万–¥50万", one value when equal, "—" when both unknown. */
export function wanRange(min: number | null | undefined, max: number | null | undefined): string {
  const hasMin = min !== null && min !== undefined
  const hasMax = max !== null && max !== undefined
  if (!hasMin && !hasMax) return '—'
  if (!hasMax || Number(min) === Number(max)) return wan(min)
  if (!hasMin) return `最高 ${wan(max)}`
  return `${wan(min)}–${wan(max)}`
}

function trim(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s
}

/** Shares the API gives as fractions (0.0492) as "4.92%". */
export function percent(fraction: number | null | undefined, digits = 2): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(Number(fraction))) return '—'
  return `${trim((Number(fraction) * 100).toFixed(digits))}%`
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "2025-12-25" or an ISO instant → "2025年12月25日" (local date of the instant in Asia/Shanghai). */
export function date(value: string | null | undefined): string {
  if (!value) return '—'
  const d = parseDay(value)
  if (!d) return '—'
  return `${d.y}年${d.m}月${d.d}日`
}

/** An ISO instant → "2025-12-03 19:58" in Beijing time. */
export function dateTime(value: string | null | undefined): string {
  if (!value) return '—'
  const t = Date.parse(value)
  if (Number.isNaN(t)) return '—'
  const d = new Date(t + 8 * 3600_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

function parseDay(value: string): { y: number; m: number; d: number } | null {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (plain) return { y: +plain[1], m: +plain[2], d: +plain[3] }
  const t = Date.parse(value)
  if (Number.isNaN(t)) return null
  const d = new Date(t + 8 * 3600_000)
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }
}

/** Days from today (Beijing) to a date; negative when past. */
export function daysUntil(day: string | null | undefined, now = new Date()): number | null {
  if (!day) return null
  const p = parseDay(day)
  if (!p) return null
  const today = new Date(now.getTime() + 8 * 3600_000)
  const a = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  return Math.round((Date.UTC(p.y, p.m - 1, p.d) - a) / 86_400_000)
}

type TagType = 'success' | 'danger' | 'warning' | 'info' | 'primary'

/** An award's rank with what it means ("获奖单位排名 第 2 名"); empty for a title. */
export function awardRank(q: { rank: number | null; rankLabel: string | null }): string {
  return q.rank ? `${q.rankLabel} 第 ${q.rank} 名` : ''
}

/** A certification's state as a tag: 有效, 已撤销 (revoked) or 已失效 (past its validity). */
export function qualificationState(q: { current: boolean; revokedOn: string | null }): { label: string; type: TagType } {
  return q.current ? { label: '有效', type: 'success' } : { label: q.revokedOn ? '已撤销' : '已失效', type: 'info' }
}

/** Eligibility of a firm for a program. */
export const MATCH_STATUS: Record<string, { label: string; type: TagType; serverLabel?: boolean }> = {
  ELIGIBLE: { label: '符合', type: 'success' },
  // The service's label says how many checks are pending: 符合（待核验 2 项）.
  PENDING_VERIFICATION: { label: '符合（待核验）', type: 'primary', serverLabel: true },
  NOT_ELIGIBLE: { label: '不符合', type: 'danger' },
  UNKNOWN: { label: '信息不全', type: 'warning' },
  NOT_APPLICABLE: { label: '不适用', type: 'info' },
}

/** One criterion of a trace. */
export const TRACE_RESULT: Record<string, { label: string; type: TagType; icon: string }> = {
  TRUE: { label: '满足', type: 'success', icon: '✔' },
  FALSE: { label: '不满足', type: 'danger', icon: '✘' },
  UNKNOWN: { label: '未知', type: 'warning', icon: '？' },
  MANUAL: { label: '需人工核验', type: 'info', icon: '⌛' },
}

export const APPLICATION_STATUS: Record<string, { label: string; type: TagType }> = {
  SUBMITTED: { label: '已申报', type: 'primary' },
  APPROVED: { label: '审核通过', type: 'success' },
  REJECTED: { label: '已驳回', type: 'danger' },
  PAID: { label: '已兑付', type: 'success' },
}

export const PROGRAM_STATUS: Record<string, { label: string; type: TagType }> = {
  DRAFT: { label: '草稿', type: 'info' },
  PUBLISHED: { label: '已发布', type: 'success' },
  WITHDRAWN: { label: '已撤回', type: 'warning' },
}

/** A need's status as matchmaking-service has it (TechNeed.Status): the filters offer exactly these. */
export const NEED_STATUS: Record<string, { label: string; type: TagType }> = {
  OPEN: { label: '对接中', type: 'primary' },
  PAUSED: { label: '已暂停', type: 'warning' },
  CLOSED: { label: '已关闭', type: 'info' },
}

export const INTEREST_STATUS: Record<string, { label: string; type: TagType }> = {
  PENDING: { label: '待企业答复', type: 'warning' },
  ACCEPTED: { label: '已接受', type: 'success' },
  DECLINED: { label: '已婉拒', type: 'info' },
}

export function statusOf(table: Record<string, { label: string; type: TagType }>, code: string | null | undefined, fallbackLabel?: string) {
  if (!code) return { label: fallbackLabel ?? '—', type: 'info' as TagType }
  const known = table[code] as { label: string; type: TagType; serverLabel?: boolean } | undefined
  if (known?.serverLabel && fallbackLabel) return { label: fallbackLabel, type: known.type }
  return known ?? { label: fallbackLabel ?? code, type: 'info' as TagType }
}

/** Search highlights come as text with <em>…</em>; split them into parts, never into HTML. */
export function highlightParts(text: string | null | undefined): Array<{ text: string; hit: boolean }> {
  if (!text) return []
  const parts: Array<{ text: string; hit: boolean }> = []
  const re = /<em>(.*?)<\/em>/gs
  let last = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), hit: false })
    parts.push({ text: m[1], hit: true })
    last = m.index + m[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false })
  return parts
}
