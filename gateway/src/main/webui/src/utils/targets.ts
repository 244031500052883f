// 目标看板: a plan target against its actual figure, as people read it. Plain functions, tested.

/** One target as GET /dashboard/targets gives it. */
export interface TargetStatus {
  key: string
  name: string
  unit: string
  comparison: string
  target: number
  actual: number | null
  ratio: number | null
  met: boolean | null
  definition: string
}

export interface DashboardView {
  district: string | null
  districtName: string
  figuresYear: number
  asOf: string
  targets: TargetStatus[]
}

const isRate = (t: Pick<TargetStatus, 'unit'>) => t.unit === '比例'

function trim(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s
}

/** A target's figure in its unit: rates as percent ("4.2%"), counts as "26 家". */
export function figure(t: Pick<TargetStatus, 'unit'>, v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(Number(v))) return '—'
  const n = Number(v)
  if (isRate(t)) return `${trim((n * 100).toFixed(2))}%`
  return `${trim(n.toFixed(2))} ${t.unit}`
}

/** "≥ 260 家", "> 4%". */
export function targetText(t: TargetStatus): string {
  return `${t.comparison} ${figure(t, t.target)}`
}

/** Progress towards the target for a bar, 0–100 (capped); an at-most target is full when met. */
export function progress(t: TargetStatus): number {
  if (t.actual === null || t.actual === undefined) return 0
  if (t.comparison === '≤') {
    if (t.actual <= t.target) return 100
    return Math.max(0, Math.min(100, Math.round((t.target / t.actual) * 100)))
  }
  if (!t.target) return 100
  return Math.max(0, Math.min(100, Math.round((t.actual / t.target) * 100)))
}

/** What is left to reach the target, in words ("还差 12 家", "已达成", "高出 0.5 家/名"). */
export function remaining(t: TargetStatus): string {
  if (t.actual === null || t.actual === undefined) return '暂无数据'
  if (t.met) return '已达成'
  const gap = t.comparison === '≤' ? t.actual - t.target : t.target - t.actual
  if (t.comparison === '≤') return `超出 ${figure(t, gap)}`
  if (gap <= 0) return t.comparison === '>' ? '需超过目标值' : '已达成'
  if (isRate(t)) return `还差 ${trim((gap * 100).toFixed(2))} 个百分点`
  if (t.unit === '家' || t.unit === '名' || t.unit === '个') return `还差 ${Math.ceil(gap)} ${t.unit}`
  return `还差 ${figure(t, gap)}`
}

/** Ratio actual / target as "63.1%" ("—" when unknown). */
export function ratioText(t: TargetStatus): string {
  return t.ratio === null || t.ratio === undefined ? '—' : `${trim((Number(t.ratio) * 100).toFixed(1))}%`
}

/** Rows for a table view or an XLSX export of targets. */
export function targetRows(ts: TargetStatus[]): Array<Array<string | number | null>> {
  return [
    ['指标', '目标', '实际', '完成比例', '是否达成', '距目标', '口径'],
    ...ts.map((t) => [t.name, targetText(t), figure(t, t.actual), ratioText(t), t.met === null ? '暂无数据' : t.met ? '已达成' : '未达成', remaining(t), t.definition]),
  ]
}

/** Year-on-year change: "+12" / "-3" / "持平" / "—". */
export function change(now: number | null | undefined, before: number | null | undefined): string {
  if (now === null || now === undefined || before === null || before === undefined) return '—'
  const d = now - before
  return d === 0 ? '持平' : d > 0 ? `+${d}` : `${d}`
}

/** The map's region names are district names; the platform's codes are matched by name. */
export const MAP_DISTRICTS = ['清江浦区', '淮安区', '淮阴区', '洪泽区', '涟水县', '盱眙县', '金湖县']
