package cn.gov.huaian.zjtx.enterprise.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;

/** Test database helpers: every test starts from an empty registry (reference tables kept). */
public final class Db {
  private Db() {}

  public static void reset() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              EntityManager em = CDI.current().select(EntityManager.class).get();
              String tables =
                  (String)
                      em.createNativeQuery(
                              "select string_agg(quote_ident(tablename), ', ') from pg_tables where schemaname = 'public'"
                                  + " and tablename not in ('flyway_schema_history', 'cluster_mapping', 'pool')")
                          .getSingleResult();
              em.createNativeQuery("truncate " + tables + " cascade").executeUpdate();
            });
  }

  public static Object scalar(String sql, Object... params) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              EntityManager em = CDI.current().select(EntityManager.class).get();
              var q = em.createNativeQuery(sql);
              for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
              }
              return q.getSingleResult();
            });
  }

  public static long count(String sql, Object... params) {
    return ((Number) scalar(sql, params)).longValue();
  }
}
