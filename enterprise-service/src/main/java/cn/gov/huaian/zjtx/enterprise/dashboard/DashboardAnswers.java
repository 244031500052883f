package cn.gov.huaian.zjtx.enterprise.dashboard;

import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The four dashboard views behind {@link RecentAnswers}: each answer at most {@code
 * zjtx.dashboard.fresh-for} old (default one minute), so the city's screen answers at once at any
 * registry size. Each computation runs in its own read transaction.
 */
@ApplicationScoped
public class DashboardAnswers {
  enum View {
    TARGETS,
    CLUSTERS,
    TREND,
    DISTRICTS
  }

  /** One question to the dashboard: a view, city-wide (district null) or for one district. */
  record Question(View view, String district, String districtName) {}

  private final Dashboard dashboard;
  private final Structure structure;
  private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
  private final RecentAnswers<Question> answers;

  public DashboardAnswers(
      Dashboard dashboard,
      Structure structure,
      @ConfigProperty(name = "zjtx.dashboard.fresh-for", defaultValue = "PT1M") Duration freshFor) {
    this.dashboard = dashboard;
    this.structure = structure;
    this.answers =
        new RecentAnswers<>(
            q -> QuarkusTransaction.requiringNew().call(() -> compute(q)),
            freshFor,
            background,
            Ticker.systemTicker());
  }

  public Dashboard.View targets(String district, String districtName) {
    return answers.answer(new Question(View.TARGETS, district, districtName));
  }

  public Structure.Clusters clusters(String district, String districtName) {
    return answers.answer(new Question(View.CLUSTERS, district, districtName));
  }

  public Structure.Trend trend(String district, String districtName) {
    return answers.answer(new Question(View.TREND, district, districtName));
  }

  public Structure.Districts districts() {
    return answers.answer(new Question(View.DISTRICTS, null, null));
  }

  private Object compute(Question q) {
    return switch (q.view()) {
      case TARGETS -> dashboard.view(q.district(), q.districtName());
      case CLUSTERS -> structure.clusters(q.district(), q.districtName());
      case TREND -> structure.trend(q.district(), q.districtName());
      case DISTRICTS -> structure.districts();
    };
  }

  @PreDestroy
  void stop() {
    background.shutdownNow();
  }
}
