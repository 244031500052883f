package cn.gov.huaian.zjtx.matchmaking.search;

import cn.gov.huaian.zjtx.platform.health.ElasticsearchDependencyCheck;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;

/** Elasticsearch as this service depends on it: degraded, not DOWN, when it is away. */
@Readiness
@Singleton
public class SearchEngineHealthCheck extends ElasticsearchDependencyCheck {
  public SearchEngineHealthCheck(
      ElasticsearchClient es,
      @ConfigProperty(name = "quarkus.elasticsearch.hosts") List<String> hosts,
      MeterRegistry registry) {
    super(es, hosts, "检索降级：按数据库中的文本匹配，排序质量下降；写入照常", registry);
  }
}
