// The portal's view of the API (types.ts) checked against the services' published OpenAPI documents
// (src/api/generated, made by `npm run api:types` in the build from openapi/*.json). When a service
// drops or renames a field the portal reads, the type check (vue-tsc, in the Maven build) fails here.
import type { components as Enterprise } from './generated/enterprise'
import type { components as Policy } from './generated/policy'
import type { components as Matchmaking } from './generated/matchmaking'
import type * as T from './types'
import type { NotificationView } from '../stores/inbox'

type E = Enterprise['schemas']
type P = Policy['schemas']
type M = Matchmaking['schemas']

/** `true` when every field of the portal's type is a field of the API's schema. */
type Published<Mine, Api> = [Exclude<keyof Mine, keyof Api>] extends [never] ? true : { missingInApi: Exclude<keyof Mine, keyof Api> }

export const contract: Array<true> = [
  true as Published<T.EnterpriseView, E['EnterpriseView']>,
  true as Published<T.Figures, E['Figures']>,
  true as Published<T.FiguresView, E['FiguresView']>,
  true as Published<T.Qualification, E['QualificationView']>,
  true as Published<T.QualificationKindItem, E['KindItem']>,
  true as Published<T.MatchView, P['MatchView']>,
  true as Published<T.MatchDetail, P['MatchDetail']>,
  true as Published<T.HeldView, P['HeldView']>,
  true as Published<T.ApplicationPeriodView, P['ApplicationPeriodView']>,
  true as Published<T.TraceView, P['TraceView']>,
  true as Published<T.GapView, P['GapView']>,
  true as Published<T.OpportunitiesView, P['OpportunitiesView']>,
  true as Published<T.ApplicationView, P['ApplicationView']>,
  true as Published<T.FactRef, P['FactRef']>,
  true as Published<NotificationView, P['NotificationView']>,
  true as Published<T.TechNeedView, M['TechNeedView']>,
  true as Published<T.Match, M['Match']>,
  true as Published<T.Explanation, M['Explanation']>,
  true as Published<T.Contribution, M['Contribution']>,
  true as Published<T.InterestView, M['InterestView']>,
  true as Published<T.ExpertView, M['ExpertView']>,
  true as Published<T.VisitView, E['VisitView']>,
  true as Published<T.CaseloadFirm, E['Firm']>,
  true as Published<T.MyCoverage, E['MyCoverage']>,
  true as Published<T.CoverageFigures, E['Figures1']>,
  true as Published<T.UniversityView, M['UniversityView']>,
  true as Published<T.SearchStatus, M['Status']>,
  true as Published<T.ReindexResult, M['Result']>,
  true as Published<T.SeatView, M['SeatView']>,
  true as Published<T.VpApplicationView, M['ApplicationView']>,
  true as Published<T.VpProposal, M['Proposal']>,
  true as Published<T.AssignmentView, M['AssignmentView']>,
  true as Published<T.OwnSeatView, M['OwnSeatView']>,
  true as Published<T.WeightsVersionView, M['WeightsVersion']>,
  true as Published<T.LearningRun, M['Run']>,
  true as Published<T.ChallengeView, M['ChallengeView']>,
  true as Published<T.BidView, M['BidView']>,
  true as Published<T.DeliveryView, P['DeliveryView']>,
  true as Published<T.TeamProposal, M['TeamProposal']>,
  true as Published<T.TeamMember, M['MemberView']>,
]
