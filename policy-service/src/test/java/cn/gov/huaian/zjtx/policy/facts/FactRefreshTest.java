package cn.gov.huaian.zjtx.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextValue;
import cn.gov.huaian.zjtx.policy.support.Await;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Facts stored before the derivation learnt a fact are derived again from the stored snapshot;
 * facts that are up to date are left alone (a restart writes nothing and re-matches nobody).
 */
@QuarkusTest
@Tag("servers")
class FactRefreshTest {
  @Inject FactRefresh refresh;
  @Inject ReadModel readModel;
  @Inject EntityManager em;

  @Test
  void factsStoredByAnOlderDerivationAreDerivedAgainAndUpToDateOnesAreNotTouched() {
    var firm = EnterpriseEvents.firm(UUID.randomUUID());
    EnterpriseEvents.publish(firm.event("enterprise.changed"));
    Await.until(() -> readModel.find(firm.id()).isPresent(), found -> found);
    refresh.refreshAll(); // whatever other tests left behind

    assertThat(refresh.refreshAll())
        .as("nothing to do when the derivation has not changed")
        .isZero();

    storedByAnOlderDerivation(firm.id());
    assertThat(readModel.find(firm.id()).orElseThrow().facts().get("industry_division")).isEmpty();

    java.time.Instant before = java.time.Instant.now();
    assertThat(refresh.refreshAll()).isEqualTo(1);
    assertThat(readModel.find(firm.id()).orElseThrow().facts().get("industry_division"))
        .contains(new TextValue("39"));
    // One firm changed: its own re-match is queued (or still pending from its event), not a full
    // one.
    assertThat(jobs(before, "ENTERPRISE", firm.id(), "or status = 'PENDING'")).isPositive();
    assertThat(jobs(before, "ALL", null, "")).isZero();
  }

  /**
   * At night only firms with an award record are derived again: their windows move with the day.
   */
  @Test
  void theNightlyRefreshTouchesOnlyFirmsWithAwards() {
    var awarded =
        EnterpriseEvents.firm(UUID.randomUUID()).award("tech-award", "provincial", "2025-06-01", 1);
    var plain = EnterpriseEvents.firm(UUID.randomUUID());
    for (var firm : java.util.List.of(awarded, plain)) {
      EnterpriseEvents.publish(firm.event("enterprise.changed"));
      Await.until(() -> readModel.find(firm.id()).isPresent(), found -> found);
    }
    refresh.refreshAll(); // whatever other tests left behind
    storedByAnOlderDerivation(awarded.id());
    storedByAnOlderDerivation(plain.id());

    assertThat(refresh.refreshDated()).isEqualTo(1);
    assertThat(readModel.find(awarded.id()).orElseThrow().facts().get("industry_division"))
        .isPresent();
    assertThat(readModel.find(plain.id()).orElseThrow().facts().get("industry_division"))
        .as("a firm without awards waits for the next start or its next change")
        .isEmpty();
    assertThat(refresh.refreshAll()).isEqualTo(1);
  }

  /** The firm's facts as an older version of the service stored them: no 行业大类 yet. */
  private void storedByAnOlderDerivation(UUID firm) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update enterprise_fact set facts = facts - 'industry_division' where enterprise_id = ?1")
                    .setParameter(1, firm)
                    .executeUpdate());
  }

  private long jobs(java.time.Instant before, String kind, UUID target, String orPending) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "select count(*) from match_job where kind = ?1 and (requested_at >= ?2 "
                                    + orPending
                                    + ")"
                                    + " and target_id is not distinct from cast(?3 as uuid)")
                            .setParameter(1, kind)
                            .setParameter(2, java.sql.Timestamp.from(before))
                            .setParameter(3, target == null ? null : target.toString())
                            .getSingleResult())
                    .longValue());
  }
}
