package cn.gov.huaian.zjtx.matchmaking.needs;

import java.util.UUID;

/** A need as the API shows it; {@code privateDetail} is null unless the caller may see it. */
public record TechNeedView(
    UUID id, UUID enterpriseId, String title, String publicSummary, String privateDetail, String status) {

  static TechNeedView of(TechNeed n, boolean withPrivateDetail) {
    return new TechNeedView(
        n.id, n.enterpriseId, n.title, n.publicSummary, withPrivateDetail ? n.privateDetail : null,
        n.status.name());
  }
}
