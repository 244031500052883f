// 我的企业: which assigned firm needs a commissioner's visit most. Plain functions, tested in tests/.

/** A firm of the caseload as enterprise-service gives it, with what the other services add. */
export interface CaseFirm {
  id: string
  name: string
  creditCode: string
  districtName: string | null
  clusterName: string | null
  tier: string | null
  tierName: string | null
  assignedAt: string | null
  lastVisitOn: string | null
  daysSinceVisit: number | null
  visits: number
  visitsLast90Days: number
  /** open technology needs (matchmaking); null until known */
  openNeeds?: number | null
  /** unread policy notifications (policy-service); null until known */
  unreadMatches?: number | null
  /** facts whose absence leaves a program undecided (policy-service); null until known */
  missingFacts?: number | null
}

/** The plan's visiting rhythm the score is built on: a firm not seen for 90 days is due. */
export const DUE_DAYS = 90

/**
 * A score where more means "visit sooner": a firm never visited is due at once; otherwise the
 * days since the last visit against the 90-day rhythm, plus what is waiting for the commissioner
 * there (open needs to follow up, new policy matches the firm has not read, facts it lacks).
 */
export function visitScore(f: CaseFirm): number {
  const waited = f.daysSinceVisit === null || f.daysSinceVisit === undefined ? 2 * DUE_DAYS : Math.max(0, f.daysSinceVisit)
  return waited / DUE_DAYS * 10
    + Math.min(f.openNeeds ?? 0, 5) * 2
    + Math.min(f.unreadMatches ?? 0, 5) * 1.5
    + Math.min(f.missingFacts ?? 0, 5)
}

/** Firms most in need of a visit first; ties by longest wait, then by name. */
export function byVisitNeed(firms: CaseFirm[]): CaseFirm[] {
  const wait = (f: CaseFirm) => (f.daysSinceVisit === null || f.daysSinceVisit === undefined ? Infinity : f.daysSinceVisit)
  return [...firms].sort((a, b) => visitScore(b) - visitScore(a) || wait(b) - wait(a) || a.name.localeCompare(b.name, 'zh-CN'))
}

/** Why this firm is where it is in the list, in words. */
export function visitReasons(f: CaseFirm): string[] {
  const out: string[] = []
  if (f.daysSinceVisit === null || f.daysSinceVisit === undefined) out.push('从未走访')
  else if (f.daysSinceVisit >= DUE_DAYS) out.push(`已 ${f.daysSinceVisit} 天未走访`)
  if (f.openNeeds) out.push(`${f.openNeeds} 项技术需求对接中`)
  if (f.unreadMatches) out.push(`${f.unreadMatches} 条政策消息未读`)
  if (f.missingFacts) out.push(`缺 ${f.missingFacts} 项信息`)
  return out
}

/** "今天" / "3 天前" / "从未走访". */
export function sinceText(days: number | null | undefined): string {
  if (days === null || days === undefined) return '从未走访'
  if (days <= 0) return '今天'
  return `${days} 天前`
}
