package cn.gov.huaian.zjtx.matchmaking.text;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads HanLP's dictionaries and the BGE model at start, on a background thread, off the request
 * path.
 */
@ApplicationScoped
public class Warmup {
  private static final Logger LOG = Logger.getLogger(Warmup.class);

  void onStart(
      @Observes StartupEvent event,
      @ConfigProperty(name = "zjtx.text.warmup", defaultValue = "true") boolean enabled) {
    if (!enabled) {
      return;
    }
    Thread.ofPlatform()
        .daemon()
        .name("text-warmup")
        .start(
            () -> {
              long t0 = System.nanoTime();
              Segmenter.shared().tokens("专精特新企业技术需求");
              Embedder.shared().embedDocument("预热");
              LOG.infof("分词词典与向量模型已加载，用时 %d ms", (System.nanoTime() - t0) / 1_000_000);
            });
  }
}
