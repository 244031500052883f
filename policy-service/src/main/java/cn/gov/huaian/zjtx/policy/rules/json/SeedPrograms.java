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
 * 种子项目：the four tier programs shipped as rule JSON in {@code programs/}, the default configuration
 * an admin edits afterwards. Listed by name because a directory cannot be listed reliably inside a
 * jar.
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
