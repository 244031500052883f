package cn.gov.huaian.zjtx.matchmaking.search;

import cn.gov.huaian.zjtx.platform.health.DegradableDependencyCheck;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;

/**
 * Elasticsearch, reported as degraded rather than DOWN: without it searches answer degraded or 503
 * with Retry-After while every write still lands in PostgreSQL and is re-indexed afterwards.
 * (Quarkus's own Elasticsearch readiness check is switched off for that reason.)
 */
@Readiness
@Singleton
public class SearchEngineHealthCheck extends DegradableDependencyCheck {
  private final ElasticsearchClient es;
  private final List<String> hosts;

  public SearchEngineHealthCheck(
      ElasticsearchClient es,
      @ConfigProperty(name = "quarkus.elasticsearch.hosts") List<String> hosts,
      MeterRegistry registry) {
    super("elasticsearch", "检索降级：按数据库中的文本匹配，排序质量下降；写入照常", registry);
    this.es = es;
    this.hosts = hosts;
  }

  @Override
  protected Map<String, Object> probe() throws IOException {
    if (!es.ping().value()) {
      throw new IOException("Elasticsearch did not answer the ping");
    }
    return Map.of();
  }

  @Override
  protected String location() {
    return String.join(",", hosts);
  }
}
