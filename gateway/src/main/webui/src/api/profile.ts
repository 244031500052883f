import type { EnterpriseView } from './types'

/** The editable part of a profile (ProfileInput of enterprise-service). */
export function profileInput(e: EnterpriseView): Record<string, unknown> {
  return {
    creditCode: e.creditCode, name: e.name, foundedOn: e.foundedOn, districtCode: e.districtCode,
    townCode: e.townCode, park: e.park, address: e.address, industryCode: e.industryCode,
    mainProduct: e.mainProduct, nicheMarket: e.nicheMarket, nicheYears: e.nicheYears,
    chainPosition: e.chainPosition, contacts: e.contacts,
  }
}
