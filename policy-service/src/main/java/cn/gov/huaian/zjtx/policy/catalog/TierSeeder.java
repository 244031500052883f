package cn.gov.huaian.zjtx.policy.catalog;

import cn.gov.huaian.zjtx.policy.rules.json.SeedPrograms;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Seeds the four tier certification programs from {@code programs/*.json} at start-up when their
 * code is missing; afterwards they are ordinary programs an admin edits (never overwritten).
 */
@ApplicationScoped
public class TierSeeder {
  private static final Logger LOG = Logger.getLogger(TierSeeder.class);
  private static final Pattern DOC_NUMBER = Pattern.compile("（([^（）]*〔\\d{4}〕\\d+号)）");

  private final ProgramCatalog catalog;
  private final RuleBook rules;

  public TierSeeder(ProgramCatalog catalog, RuleBook rules) {
    this.catalog = catalog;
    this.rules = rules;
  }

  void seed(@Observes StartupEvent event) {
    seedMissing();
  }

  public int seedMissing() {
    int seeded = 0;
    for (SeedPrograms.Source source : SeedPrograms.tiers(rules.reader())) {
      if (!source.rules().isValid()) {
        LOG.errorf("梯度项目种子文件 %s 无效，未导入：%s", source.resource(), source.rules().errors());
        continue;
      }
      String sourceText = source.json().path("source").asText("");
      Matcher m = DOC_NUMBER.matcher(sourceText);
      String docNumber = m.find() ? m.group(1) : null;
      if (catalog.seed(source.json(), docNumber, "工业和信息化部").isPresent()) {
        seeded++;
        LOG.infof("已导入梯度认定项目 %s", source.json().path("id").asText());
      }
    }
    return seeded;
  }
}
