// The shapes the portal reads from the services' OpenAPI documents (enterprise, policy, matchmaking).

export interface EnterpriseView {
  id: string; creditCode: string; name: string; foundedOn: string | null
  districtCode: string; districtName: string; townCode: string | null; townName: string | null
  park: string | null; parkName: string | null; address: string | null
  industryCode: string; industryName: string; cluster: string | null; clusterName: string | null
  mainProduct: string | null; nicheMarket: string | null; nicheYears: number | null
  chainPosition: string | null; chainPositionName: string | null
  contacts: Array<{ name: string; title?: string | null; phone?: string | null; email?: string | null }>
  tier: string | null; tierName: string | null; version: number
}

export interface Figures {
  year: number; revenue: number | null; mainRevenue: number | null; rdSpending: number | null
  rdStaff: number | null; totalStaff: number | null; totalAssets: number | null; totalLiabilities: number | null
  inventionPatents: number | null; utilityPatents: number | null; designPatents: number | null
  ipClass1: number | null; ipClass2: number | null; newEquityFinancing: number | null
  cncRate: number | null; mgmtDigitalRate: number | null; rdToolRate: number | null; cloudStar: number | null
  taxableIncome: number | null; techStaff: number | null; highTechRevenue: number | null
  domesticRdSpending: number | null; totalCosts: number | null
}

export interface FiguresView {
  enterpriseId: string; year: number; entered: Figures
  derived: Record<string, number | null>; version: number
}

export interface Qualification {
  id: string; kind: string; kindName: string; tier: boolean; levelName: string | null
  batch: string | null; grantedOn: string | null; reviewOn: string | null; revokedOn: string | null; current: boolean
  /** An award's rank (获奖单位排名, 全国名次); null for titles. */
  rank: number | null; rankLabel: string | null
}

/** A kind of tier, title or award the registry records (GET /reference/qualification-kinds). */
export interface QualificationKindItem {
  code: string; name: string; tierRank: number; levels: Array<{ code: string; name: string }>
  rankLabel: string | null; rankRequired: boolean
}

export interface FactRef { name: string; label: string; unit: string | null }

export interface MatchView {
  programId: string; code: string; title: string; kind: string; category: string | null
  status: string; statusLabel: string; amountMin: number | null; amountMax: number | null; amountText: string
  rulesVersion: number; factVersion: number; missingFacts: FactRef[]; computedAt: string; changedAt: string
  /** The program family (versionOf): the versions of one program by year share it; `code` is the version. */
  family: string; docNumber: string | null; article: string | null
  /** 需人工核验 items still pending (status PENDING_VERIFICATION). */
  pendingChecks: number
  /** How to show the benefit: an amount only when `monetary`, otherwise the kind and the document's words. */
  benefitKind: string | null; benefitText: string | null; benefitDisplay: string; monetary: boolean
  /** 估算节税 of a tax preference the firm qualifies for (an estimate, never added to cash); null when none. */
  taxSaving: TaxSavingView | null
  /** The firm's certificate of what this certification grants (its verdict then previews the next review); null when not held. */
  held: HeldView | null
}

export interface TaxSavingView { min: number; max: number; display: string; basis: string }

export interface HeldView { label: string; firstCertifiedOn: string | null; validUntil: string | null; note: string | null }

export interface TraceView {
  criterion: string; clause: string; fact: string; actual: string | null; operator: string
  required: string; result: 'TRUE' | 'FALSE' | 'UNKNOWN' | 'MANUAL'; resultLabel: string; children: TraceView[]
}

/** CHANGE: facts to change; WAIT: only time (满 N 年后); VERIFY: 待人工核验, nothing for the firm to do. */
export interface GapView {
  text: string; resultAfter: string; kind: 'CHANGE' | 'WAIT' | 'VERIFY'
  changes: Array<{ fact: string; label: string; from: string; to: string; text: string; timeOnly: boolean }>
}

export interface ManualCheckView {
  id: string; label: string; clause: string | null; state: 'PENDING' | 'PASSED' | 'FAILED'; stateLabel: string
  note: string | null; recordedAt: string | null
}

/** 申报期 on the day: either date may be unstated; null on a result when no date is known. */
export interface ApplicationPeriodView {
  opensOn: string | null; closesOn: string | null; state: 'NOT_OPEN' | 'OPEN' | 'CLOSED'; stateLabel: string; text: string
}

export interface MatchDetail extends Omit<MatchView, 'kind' | 'category' | 'computedAt' | 'changedAt' | 'pendingChecks'> {
  trace: TraceView; gaps: GapView[]; stored: MatchView | null
  evaluatedOn: string; validFrom: string | null; validTo: string | null; history: boolean
  manualChecks: ManualCheckView[]; applicationPeriod: ApplicationPeriodView | null
}

export interface OpportunitiesView {
  currentMin: number; currentMax: number; currentText: string
  changes: Array<{ text: string; unlockedText: string; programsUnlocked: Array<{ id: string; title: string }> }>
  missingFacts: Array<{ fact: FactRef; programs: Array<{ id: string; title: string }>; couldUnlock?: string }>
}

export interface ApplicationView {
  id: string; programId: string; programTitle: string; status: string; statusLabel: string
  form: Record<string, unknown>; requestedAmount: number | null; estimateMin: number | null; estimateMax: number | null
  approvedAmount: number | null; submittedAt: string | null; decidedAt: string | null; decisionReason: string | null
  paidAt: string | null; paidAmount: number | null; payoutReference: string | null; version: number
}

export interface TechNeedView {
  id: string; enterpriseId: string; title: string; publicSummary: string; description: string; privateDetail?: string | null
  disciplines: Array<{ code: string; name: string }>; cluster: string | null; clusterName: string | null
  cooperationMode: string; cooperationModeName: string; budgetMin: number | null; budgetMax: number | null
  deadline: string | null; regionPreference: string; status: string; version: number; createdAt: string
  recordedByCommissioner?: boolean; recordedByName?: string | null; visitId?: string | null
}

export interface Contribution { feature: string; label: string; value: number; weight: number; contribution: number }
export interface Explanation {
  matchedTerms: string[]; highlight: string | null; sharedDisciplines: Array<{ code: string; name: string; closeness: number }>
  bm25Rank: number | null; vectorRank: number | null; contributions: Contribution[]
}
export interface Match { id: string; label: string; rank: number; score: number; explanation: Explanation }

export interface InterestView { id: string; needId: string; expertId: string; message: string; status: string; createdAt: string; decidedAt: string | null; declineReasonCode: string | null; declineReason: string | null; version: number }

export interface ExpertView {
  id: string; universityId: string; teamId: string | null; name: string; college: string; title: string
  researchDirections: string; disciplines: Array<{ code: string; name: string }>; clusters: Array<{ code: string; name: string }> | string[]
  achievements: Array<{ kind: string; title: string; year: number }>; capacity: number; willingVicePresident: boolean; industryExperience: string | null; version: number
}

export const CLUSTERS: Array<{ code: string; name: string }> = [
  { code: 'SMART_EQUIPMENT', name: '智能装备及新能源' },
  { code: 'NEW_ENERGY_VEHICLE', name: '新能源汽车及零部件' },
  { code: 'FIBER_MATERIALS', name: '纤维新材料' },
  { code: 'CHEMICAL_MATERIALS', name: '化工新材料' },
  { code: 'PCB_ELECTRONICS', name: 'PCB 电子元器件' },
  { code: 'GREEN_FOOD', name: '绿色食品' },
  { code: 'BIOMEDICINE', name: '生物技术及新医药' },
  { code: 'ARTIFICIAL_INTELLIGENCE', name: '人工智能' },
  { code: 'INTEGRATED_CIRCUIT', name: '集成电路' },
  { code: 'DIGITAL_INDUSTRY', name: '新兴数字产业' },
]

export const COOPERATION_MODES: Array<{ code: string; name: string }> = [
  { code: 'TECH_DEVELOPMENT', name: '技术开发' },
  { code: 'TECH_TRANSFER', name: '技术转让' },
  { code: 'TECH_LICENSING', name: '技术许可' },
  { code: 'TECH_CONSULTING', name: '技术咨询' },
  { code: 'TECH_SERVICE', name: '技术服务' },
  { code: 'JOINT_RD_PLATFORM', name: '共建研发平台' },
  { code: 'TALENT_INTRODUCTION', name: '人才引进' },
  { code: 'VICE_PRESIDENT', name: '科技副总' },
]

export const REGION_PREFERENCES: Array<{ code: string; name: string }> = [
  { code: 'ANY', name: '不限' },
  { code: 'HUAIAN', name: '驻淮高校优先' },
  { code: 'JIANGSU', name: '江苏省内优先' },
]

/**
 * The tier ladder, lowest first, with the program family that certifies each. A match's `code` is
 * a version (tier.zjtx-sme.2026); compare its `family`, which every version of a tier shares. The
 * first rung is 科技和创新型中小企业 since the 2026 办法 (创新型 certificates held stay valid).
 */
export const TIER_LADDER: Array<{ tier: string; name: string; family: string }> = [
  { tier: 'innovative-sme', name: '科技和创新型中小企业', family: 'tier.innovative-sme' },
  { tier: 'srdi-sme', name: '专精特新中小企业', family: 'tier.zjtx-sme' },
  { tier: 'little-giant', name: '专精特新“小巨人”企业', family: 'tier.little-giant' },
  { tier: 'manufacturing-champion', name: '制造业单项冠军企业', family: 'tier.manufacturing-champion' },
]

/** A commissioner's visit (走访记录). */
export interface VisitView {
  id: string; enterpriseId: string; commissionerSubject: string; commissionerName: string | null; visitedOn: string
  mode: string; summary: string; techNeeds: string | null; followUp: string | null
}

export const VISIT_MODES: Array<{ code: string; name: string }> = [
  { code: 'on-site', name: '上门走访' },
  { code: 'phone', name: '电话' },
  { code: 'online', name: '线上' },
]

/** A firm of a commissioner's caseload (GET /commissioners/me/enterprises). */
export interface CaseloadFirm {
  id: string; name: string; creditCode: string; districtCode: string; districtName: string | null; cluster: string | null
  clusterName: string | null; tier: string | null; tierName: string | null; assignedAt: string | null; lastVisitOn: string | null
  daysSinceVisit: number | null; visits: number; visitsLast90Days: number
}

/** Coverage figures (GET /commissioners/coverage, and the city's part of /me/coverage). */
export interface CoverageFigures {
  district: string | null; commissioners: number; enterprises: number; enterprisesAssigned: number; srdiEnterprises: number
  srdiEnterprisesAssigned: number; srdiCoverage: number | null; enterprisesPerCommissioner: number | null
  assignedVisitedLast90Days: number; visitedShare: number | null; visitsLast90Days: number
}

export interface MyCoverage {
  assigned: number; visitedLast90Days: number; neverVisited: number; visitsLast90Days: number; visitedShare: number | null
  planFirmsPerCommissioner: number; recentDays: number; city: CoverageFigures
}

/** A university (GET /universities). */
export interface UniversityView { id: string; name: string; city: string; province: string; inHuaian: boolean; inJiangsu: boolean; version: number }

/** The search index's state (GET /admin/search/status): outbox backlog, index name → documents behind each alias. */
export interface SearchStatus { pending: number; needs: Record<string, number>; experts: Record<string, number>; available: boolean }

/** What one full rebuild did (POST /admin/search/reindex). */
export interface ReindexResult { kind: string; index: string; documents: number; millis: number }

/** A 科技副总 posting (GET /vice-presidents/seats). */
export interface SeatView {
  id: string; enterpriseId: string; enterpriseName: string | null; title: string; description: string; nsfcCodes: string[]; cluster: string | null; seats: number; status: string
  mainProductLine: string | null; developmentPlan: string | null; termMonths: number | null; daysPerMonth: number | null
}

/** A firm's own posting with its applications (GET /vice-presidents/seats/mine). */
export interface OwnSeatView { seat: SeatView; applications: number; assignedExperts: string[] }

export interface VpApplicationView { id: string; seatId: string; expertId: string; statement: string | null; status: string; score: number | null }

/** One pair an assignment run chose, with its reasons. */
export interface VpProposal {
  applicationId: string; seatId: string; seatTitle: string; enterpriseId: string; expertId: string; expertName: string
  expertTitle: string | null; universityName: string | null; score: number; relevance: number
  parts: Array<{ feature: string; reason: string; points: number }>; distanceKm: number | null; reasons: string[]
}

/** A version of the learnt ranking weights (GET /admin/matchmaking/ranking-weights). */
export interface WeightsVersionView {
  version: number; status: string; weights: Record<string, number>; examples: number; effective: number
  currentNdcg: number | null; proposedNdcg: number | null; note: string | null; createdAt: string
}

/** What a learning run did (POST /admin/matchmaking/ranking-weights/learn). */
export interface LearningRun { learnt: boolean; version: number | null; status: string | null; message: string }

/** POST /vice-presidents/assignment[?dryRun=true]. */
export interface AssignmentView {
  assigned: VpApplicationView[]; totalScore: number; greedyTotalScore: number; applications: number; dryRun: boolean; proposals: VpProposal[]
}

/** 揭榜比拼 (GET /challenges, /challenges/{id}/bids). */
export interface ChallengeView { id: string; listName: string; title: string; description: string; reward: number | null; deadline: string; status: string }
export interface BidView { id: string; challengeId: string; teamId: string; teamName: string | null; proposal: string | null; score: number | null; winner: boolean }

/** A webhook delivery (policy-service GET /webhook-deliveries). */
export interface DeliveryView {
  id: string; webhookId: string; enterpriseId: string; url: string; notificationId: string; status: string; attempts: number
  nextAttemptAt: string | null; lastStatus: number | null; lastError: string | null; deliveredAt: string | null; createdAt: string
}

/** 组队建议 for a need that crosses disciplines: facets read from the need, members with the facets they answer for. */
export interface TeamProposal {
  needId: string; facets: Array<{ id: string; label: string }>; members: TeamMember[]
  coveredFacets: string[]; uncoveredFacets: string[]; singleExpertSuffices: boolean
  registeredTeam: { teamId: string; name: string } | null
  links: Array<{ expertA: string; expertB: string; kind: string; label: string; detail: string }>
  notes: string[]; degraded: boolean
}
export interface TeamMember {
  expertId: string; name: string; title: string; universityId: string | null; universityName: string | null
  facets: string[]; reason: string
}
