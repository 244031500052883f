package cn.gov.huaian.zjtx.matchmaking.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;

/** Test data helpers: a clean database, and the demo university and expert the tokens name. */
public final class Db {
  private Db() {}

  public static void clean() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em().createNativeQuery(
                        "truncate challenge_bid, challenge, vp_application, vp_seat, match_feedback, ranking_weights, cooperation_record, interest, audit_log, idempotency_key, search_outbox,"
                            + " commissioner_assignment, enterprise_version, processed_event, tech_need, expert, research_team, university,"
                            + " import_row, import_job, university_alias cascade")
                    .executeUpdate());
  }

  /**
   * The university of uni-demo (驻淮) and the expert of expert-demo, with the ids the tokens carry.
   */
  public static void demoUniversityAndExpert() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em().createNativeQuery(
                      "insert into university (id, name, city, province, in_huaian, in_jiangsu) values (?1, '淮阴工学院', '淮安市', '江苏省', true, true)")
                  .setParameter(1, DemoIds.UNI_DEMO)
                  .executeUpdate();
              em().createNativeQuery(
                      "insert into expert (id, university_id, name, title, research_directions, disciplines, clusters, capacity, in_huaian, in_jiangsu)"
                          + " values (?1, ?2, '王建国', '教授', '数控机床主轴热误差建模与补偿，智能制造装备可靠性', '{E0509}', '{SMART_EQUIPMENT}', 3, true, true)")
                  .setParameter(1, DemoIds.EXPERT_DEMO)
                  .setParameter(2, DemoIds.UNI_DEMO)
                  .executeUpdate();
            });
  }

  /**
   * A commissioner assignment, as an enterprise snapshot would bring it (so the firm is known too).
   */
  public static void assign(String commissionerSubject, java.util.UUID enterpriseId) {
    knownEnterprise(enterpriseId, null, null);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em().createNativeQuery(
                        "insert into commissioner_assignment values (?1, ?2) on conflict do nothing")
                    .setParameter(1, commissionerSubject)
                    .setParameter(2, enterpriseId)
                    .executeUpdate());
  }

  /** An enterprise this service learnt of from enterprise-service's events (the read model). */
  public static void knownEnterprise(java.util.UUID id, String creditCode, String name) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em().createNativeQuery(
                        "insert into enterprise_version (enterprise_id, version, credit_code, name) values (?1, 1, ?2, ?3)"
                            + " on conflict do nothing")
                    .setParameter(1, id)
                    .setParameter(2, creditCode)
                    .setParameter(3, name)
                    .executeUpdate());
  }

  /** One statement with positional parameters (?1, ?2 …), in a transaction of its own. */
  public static void execute(String sql, Object... params) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var query = em().createNativeQuery(sql);
              for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
              }
              query.executeUpdate();
            });
  }

  public static long count(String sql) {
    return QuarkusTransaction.requiringNew()
        .call(() -> ((Number) em().createNativeQuery(sql).getSingleResult()).longValue());
  }

  private static EntityManager em() {
    return CDI.current().select(EntityManager.class).get();
  }
}
