package cn.gov.huaian.zjtx.policy.catalog;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * 政策目录导入：at start-up, every file listed in {@code catalog/index.txt} is loaded into the program
 * store. Idempotent by content: a file whose SHA-256 is the one last loaded is skipped; a changed
 * file updates its program (new rules make a new rules version); a program an admin changed through
 * the API is never overwritten — the loader logs a warning and leaves it (the admin's edit wins
 * until the admin re-aligns it with the file). See catalog/EXTENSIONS.md.
 */
@ApplicationScoped
public class CatalogueLoader {
  private static final Logger LOG = Logger.getLogger(CatalogueLoader.class);
  static final String INDEX = "catalog/index.txt";
  static final String DIR = "catalog/programs/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What happened to one file. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    KEPT_ADMIN_EDIT,
    INVALID
  }

  private final ProgramCatalog catalog;

  public CatalogueLoader(ProgramCatalog catalog) {
    this.catalog = catalog;
  }

  void load(@Observes StartupEvent event) {
    Map<Outcome, Integer> counts = loadAll();
    LOG.infof("政策目录导入完成：%s", counts);
  }

  /** Loads every file of the index; returns how many files had each outcome. */
  public Map<Outcome, Integer> loadAll() {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (String file : index()) {
      Outcome outcome = loadOne(file);
      counts.merge(outcome, 1, Integer::sum);
    }
    return counts;
  }

  Outcome loadOne(String file) {
    byte[] bytes = resource(DIR + file);
    if (bytes == null) {
      LOG.errorf("政策目录文件 %s 不存在（index.txt 与目录不一致）", file);
      return Outcome.INVALID;
    }
    try {
      JsonNode json = MAPPER.readTree(bytes);
      Outcome outcome = catalog.loadCatalogueFile(file, json, sha256(bytes));
      if (outcome == Outcome.KEPT_ADMIN_EDIT) {
        LOG.warnf("政策目录文件 %s 已变更，但对应项目已由管理员通过接口修改，未覆盖", file);
      }
      return outcome;
    } catch (ProblemException e) {
      LOG.errorf("政策目录文件 %s 无效，未导入：%s", file, e.getMessage());
      return Outcome.INVALID;
    } catch (IOException e) {
      LOG.errorf("政策目录文件 %s 不是合法的 JSON：%s", file, e.getMessage());
      return Outcome.INVALID;
    }
  }

  /** The file names of the index, in order. */
  public static List<String> index() {
    byte[] bytes = resource(INDEX);
    if (bytes == null) {
      return List.of();
    }
    return new String(bytes, StandardCharsets.UTF_8)
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static byte[] resource(String name) {
    try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
