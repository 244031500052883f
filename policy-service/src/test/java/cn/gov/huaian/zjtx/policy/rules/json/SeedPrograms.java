package cn.gov.huaian.zjtx.policy.rules.json;

import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.validation.RuleError;
import cn.gov.huaian.zjtx.policy.rules.validation.Validated;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The four 2022 tier programs as first written (test fixtures in {@code programs/}): the service
 * seeded them before the policy catalogue ({@code catalog/}) replaced them, where the 2022 rules
 * are history versions. Also reads the whole catalogue as the engine sees it, for tests and
 * benchmarks.
 */
public final class SeedPrograms {
  public static final List<String> TIER_RESOURCES =
      List.of(
          "programs/tier-innovative-sme.json",
          "programs/tier-zjtx-sme.json",
          "programs/tier-little-giant.json",
          "programs/tier-manufacturing-champion.json");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A rule file as read: its JSON (what the naive interpreter walks) and its validated rules. */
  public record Source(String resource, JsonNode json, Validated<ProgramRules> rules) {}

  private SeedPrograms() {}

  public static List<Source> tiers(RuleJsonReader reader) {
    return TIER_RESOURCES.stream().map(resource -> read(resource, reader)).toList();
  }

  /** Every file of {@code catalog/index.txt}, reduced to the fields the rule reader knows. */
  public static List<Source> catalogue(RuleJsonReader reader) {
    try (InputStream in =
        SeedPrograms.class.getClassLoader().getResourceAsStream("catalog/index.txt")) {
      String index = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return index
          .lines()
          .filter(l -> !l.isBlank())
          .map(file -> catalogueFile("catalog/programs/" + file.strip(), reader))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Source catalogueFile(String resource, RuleJsonReader reader) {
    try (InputStream in = SeedPrograms.class.getClassLoader().getResourceAsStream(resource)) {
      JsonNode file = MAPPER.readTree(in);
      com.fasterxml.jackson.databind.node.ObjectNode view = MAPPER.createObjectNode();
      file.properties()
          .forEach(
              f -> {
                if (RuleJsonReader.programFields().contains(f.getKey())) {
                  view.set(f.getKey(), f.getValue());
                }
              });
      return new Source(resource, view, reader.readProgram(view));
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取目录文件：" + resource, e);
    }
  }

  public static Source read(String resource, RuleJsonReader reader) {
    try (InputStream in = SeedPrograms.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return new Source(
            resource, null, Validated.invalid(List.of(new RuleError("$", "找不到规则文件：" + resource))));
      }
      JsonNode json = MAPPER.readTree(in);
      return new Source(resource, json, reader.readProgram(json));
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取规则文件：" + resource, e);
    }
  }
}
