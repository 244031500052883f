package cn.gov.huaian.zjtx.platform.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Elasticsearch, reported as degraded rather than DOWN: without it searches answer degraded or 503
 * with Retry-After while every write still lands in PostgreSQL and is indexed again afterwards.
 * (Quarkus's own Elasticsearch readiness check is switched off for that reason.) Not a bean here: a
 * service that searches declares a {@code @Readiness} subclass saying what its users lose.
 */
public abstract class ElasticsearchDependencyCheck extends DegradableDependencyCheck {
  private final ElasticsearchClient es;
  private final List<String> hosts;

  protected ElasticsearchDependencyCheck(
      ElasticsearchClient es, List<String> hosts, String whenDown, MeterRegistry registry) {
    super("elasticsearch", whenDown, registry);
    this.es = es;
    this.hosts = hosts;
  }

  @Override
  protected Map<String, Object> probe() throws IOException {
    // The cluster's health, not a ping: this distribution answers HEAD / with 405.
    var health = es.cluster().health();
    return Map.of("cluster", health.status().jsonValue());
  }

  @Override
  protected String location() {
    return String.join(",", hosts);
  }
}
