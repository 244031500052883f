// Where a fact of the rule engine comes from in the registry (enterprise-service), so that a
// missing fact can be asked for and saved where it belongs: the profile or a year's figures.
// Facts not listed (e.g. 评价得分) are not entered by the firm itself.

export interface RegistryInput {
  target: 'profile' | 'figures'
  /** For figures: the latest year, the one before it, or the one before that. */
  year?: 'last' | 'prev' | 'prev2'
  field: string
  label: string
  unit: string
  integer?: boolean
  /** May be negative (a loss). */
  signed?: boolean
}

const figure = (field: string, label: string, unit: string, integer = false, year: RegistryInput['year'] = 'last'): RegistryInput =>
  ({ target: 'figures', year, field, label, unit, integer })

export const FACT_SOURCES: Record<string, RegistryInput[]> = {
  years_in_niche: [{ target: 'profile', field: 'nicheYears', label: '从事细分市场年限', unit: '年', integer: true }],
  revenue: [figure('revenue', '营业收入', '元')],
  rd_spending: [figure('rdSpending', '研发费用', '元')],
  employees: [figure('totalStaff', '从业人员数', '人', true)],
  invention_patents: [figure('inventionPatents', '有效发明专利数', '件', true)],
  ip_class1: [figure('ipClass1', '与主导产品相关的Ⅰ类知识产权数', '件', true)],
  ip_class2: [figure('ipClass2', '与主导产品相关的Ⅱ类知识产权数', '件', true)],
  cnc_rate: [figure('cncRate', '关键工序数控化率', '%')],
  equity_financing_2y: [
    figure('newEquityFinancing', '新增股权融资额', '元', false, 'last'),
    figure('newEquityFinancing', '新增股权融资额', '元', false, 'prev'),
  ],
  rd_spending_2y: [figure('rdSpending', '研发费用', '元', false, 'last'), figure('rdSpending', '研发费用', '元', false, 'prev')],
  main_business_share: [figure('mainRevenue', '主营业务收入', '元')],
  debt_ratio: [figure('totalAssets', '资产总额', '元'), figure('totalLiabilities', '负债总额', '元')],
  rd_staff_ratio: [figure('rdStaff', '研发人员数', '人', true), figure('totalStaff', '从业人员数', '人', true)],
  total_assets: [figure('totalAssets', '资产总额', '元')],
  taxable_income: [{ ...figure('taxableIncome', '年度应纳税所得额（亏损填负数）', '元'), signed: true }],
  tech_staff_ratio: [figure('techStaff', '科技人员数', '人', true), figure('totalStaff', '从业人员数', '人', true)],
  high_tech_revenue_share: [figure('highTechRevenue', '高新技术产品（服务）收入', '元'), figure('revenue', '营业收入', '元')],
  domestic_rd_share: [figure('domesticRdSpending', '境内研发费用', '元'), figure('rdSpending', '研发费用', '元')],
  rd_ratio_of_cost: [figure('rdSpending', '研发费用', '元'), figure('totalCosts', '成本费用支出总额', '元')],
  // 近三个会计年度: each year's R&D and revenue (FactDerivation sums them).
  rd_ratio_3y: (['last', 'prev', 'prev2'] as const).flatMap((y) => [
    figure('rdSpending', '研发费用', '元', false, y),
    figure('revenue', '营业收入', '元', false, y),
  ]),
}

export function registryInputsFor(fact: string): RegistryInput[] {
  return FACT_SOURCES[fact] ?? []
}
