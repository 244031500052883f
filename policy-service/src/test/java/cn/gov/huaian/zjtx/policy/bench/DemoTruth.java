package cn.gov.huaian.zjtx.policy.bench;

import cn.gov.huaian.zjtx.policy.facts.FactCodec;
import cn.gov.huaian.zjtx.policy.matching.Holdings;
import cn.gov.huaian.zjtx.policy.matching.TaxEffects;
import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.assess.Holding;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.benefit.TaxEffect;
import cn.gov.huaian.zjtx.policy.rules.benefit.TaxSaving;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.engine.Explainer;
import cn.gov.huaian.zjtx.policy.rules.engine.RuleCompiler;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import cn.gov.huaian.zjtx.policy.rules.json.RuleJsonReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 演示真相：what the demo firms see once the catalogue is loaded, computed from their stored facts (one
 * JSON object a line, as {@code GET /api/v1/enterprises/{id}/facts} returns it, plus the firm's
 * {@code tier}) with the versions in force on a date and the manual checks left pending, as the
 * service does. Like RematchBenchmark its name does not end in Test: {@code deploy/bin/mvn.sh -q
 * -pl policy-service -am test -Dtest=DemoTruth -Dsurefire.failIfNoSpecifiedTests=false
 * -Ddemo.facts=/tmp/demo-facts.jsonl -Ddemo.date=2026-12-03}. Derives rd_spending_prev and
 * industry_section and industry_division as FactDerivation does from the snapshot when the stored
 * facts predate them.
 */
final class DemoTruth {
  @org.junit.jupiter.api.Test
  void run() throws Exception {
    main(
        new String[] {
          System.getProperty("demo.facts", "/tmp/catalog-demo-facts.jsonl"),
          System.getProperty(
              "demo.date", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString())
        });
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final FactCatalogue CATALOGUE = StandardFacts.catalogue();
  private static final Explainer EXPLAINER = new Explainer(CATALOGUE);

  record Version(
      String id,
      String family,
      String kind,
      String district,
      String benefitKind,
      boolean exempt,
      int manualChecks,
      CompiledProgram compiled,
      Holding holding,
      TaxEffect tax) {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "/tmp/catalog-demo-facts.jsonl");
    LocalDate day = LocalDate.parse(args.length > 1 ? args[1] : "2026-12-03");
    // Programs and facts must share one compiler: it owns the symbol table both are encoded with.
    RuleCompiler compiler = new RuleCompiler(CATALOGUE);
    List<Version> inForce = inForce(day, compiler);
    System.out.printf(
        "%s: %d program versions in force (one per family): %s%n",
        day, inForce.size(), inForce.stream().map(Version::id).toList());
    // firms, eligible, pending, unknown, with money, titles held, with a tax estimate
    Map<String, int[]> byTier = new TreeMap<>();
    Map<String, BigDecimal> taxByTier = new TreeMap<>();
    Map<String, BigDecimal> moneyByTier = new TreeMap<>();
    Map<String, Integer> eligibleByProgram = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      JsonNode firm = MAPPER.readTree(line);
      FactSet facts = facts(firm, day);
      var encoded = compiler.encoder().encode(facts);
      String tier = firm.path("tier").asText("none");
      int[] t = byTier.computeIfAbsent(tier, k -> new int[7]);
      t[0]++;
      boolean money = false;
      boolean taxed = false;
      List<String> seen = new ArrayList<>();
      for (Version v : inForce) {
        if (v.district() != null
            && !v.district().equals(firm.path("facts").path("district").asText())) {
          continue;
        }
        int code = v.compiled().eligibilityCode(encoded);
        // A title the firm holds is shown as 已持有, not as something to apply for (Holdings).
        if (v.holding() != null && v.holding().of(facts, EXPLAINER).isPresent()) {
          t[5]++;
          continue;
        }
        if (code == Truth.TRUE_CODE) {
          t[v.manualChecks() > 0 ? 2 : 1]++;
          eligibleByProgram.merge(v.id(), 1, Integer::sum);
          AmountRange amount = v.compiled().estimate(code, encoded);
          var tax =
              v.tax() == null ? null : TaxSaving.estimate(v.tax(), facts, CATALOGUE).orElse(null);
          if (tax != null) {
            taxed = true;
            taxByTier.merge(tier, tax.amount().max(), BigDecimal::add);
          }
          if (amount.max().signum() > 0) {
            money = true;
            moneyByTier.merge(tier, amount.max(), BigDecimal::add);
          }
          seen.add(
              v.id()
                  + (v.manualChecks() > 0 ? "（待核验 " + v.manualChecks() + " 项）" : "")
                  + " "
                  + (amount.max().signum() > 0 ? "约 " + amount.toWanYuan() : v.benefitKind()));
        } else if (code == Truth.UNKNOWN_CODE) {
          t[3]++;
        }
      }
      if (money) {
        t[4]++;
      }
      if (taxed) {
        t[6]++;
      }
      if (firm.path("enterpriseId").asText().endsWith("000000000001")) {
        System.out.println(
            "ent-demo (" + firm.path("name").asText() + ", tier " + tier + ") eligible: " + seen);
      }
    }
    System.out.println(
        "tier | firms | eligible/firm | pending-verification/firm | unknown/firm | held/firm | firms with money | ¥ eligible (sum of max) | firms with a tax estimate | 估算节税 (sum of max)");
    byTier.forEach(
        (tier, t) ->
            System.out.printf(
                "%s | %d | %.2f | %.2f | %.2f | %.2f | %d | %s万元 | %d | %s万元%n",
                tier,
                t[0],
                t[1] / (double) t[0],
                t[2] / (double) t[0],
                t[3] / (double) t[0],
                t[5] / (double) t[0],
                t[4],
                wan(moneyByTier.getOrDefault(tier, BigDecimal.ZERO)),
                t[6],
                wan(taxByTier.getOrDefault(tier, BigDecimal.ZERO))));
    System.out.println(
        "firms eligible (or pending verification) per program: " + eligibleByProgram);
  }

  private static String wan(BigDecimal yuan) {
    return yuan.movePointLeft(4).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static FactSet facts(JsonNode firm, LocalDate day) {
    ObjectNode facts = ((ObjectNode) firm.path("facts")).deepCopy();
    if (!facts.has("rd_spending_prev") && facts.has("rd_spending_2y") && facts.has("rd_spending")) {
      facts.put(
          "rd_spending_prev",
          facts.get("rd_spending_2y").asDouble() - facts.get("rd_spending").asDouble());
    }
    String code = facts.path("industry_code").asText("");
    if (!facts.has("industry_section") && code.length() >= 2 && Character.isDigit(code.charAt(0))) {
      int division = Integer.parseInt(code.substring(0, 2));
      int[] upper = {5, 12, 43, 46, 50, 52, 60, 62, 65, 69, 70, 72, 75, 79, 82, 83, 85, 90, 96, 97};
      for (int i = 0; i < upper.length; i++) {
        if (division <= upper[i]) {
          facts.put("industry_section", String.valueOf((char) ('A' + i)));
          break;
        }
      }
    }
    if (!facts.has("industry_division")
        && code.length() >= 2
        && Character.isDigit(code.charAt(0))) {
      facts.put("industry_division", code.substring(0, 2));
    }
    return FactCodec.toFactSet(facts, CATALOGUE, day);
  }

  private static List<Version> inForce(LocalDate day, RuleCompiler compiler) throws Exception {
    RuleJsonReader reader = new RuleJsonReader(CATALOGUE);
    Map<String, JsonNode> governing = new HashMap<>();
    String index;
    try (InputStream in =
        DemoTruth.class.getClassLoader().getResourceAsStream("catalog/index.txt")) {
      index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String name : index.lines().filter(l -> !l.isBlank()).toList()) {
      JsonNode file;
      try (InputStream in =
          DemoTruth.class
              .getClassLoader()
              .getResourceAsStream("catalog/programs/" + name.strip())) {
        file = MAPPER.readTree(in);
      }
      LocalDate from = LocalDate.parse(file.path("period").path("from").asText());
      JsonNode to = file.path("period").path("to");
      if (from.isAfter(day) || (to.isTextual() && LocalDate.parse(to.asText()).isBefore(day))) {
        continue;
      }
      String id = file.path("id").asText();
      String family =
          file.path("transition").hasNonNull("appliesRulesOf")
              ? id.replaceFirst("\\.\\d{4}$", "")
              : file.path("versionOf").asText(id);
      governing.merge(
          family,
          file,
          (a, b) ->
              LocalDate.parse(b.path("period").path("from").asText())
                      .isAfter(LocalDate.parse(a.path("period").path("from").asText()))
                  ? b
                  : a);
    }
    List<Version> out = new ArrayList<>();
    governing.forEach(
        (family, file) -> {
          ObjectNode view = MAPPER.createObjectNode();
          file.properties()
              .forEach(
                  f -> {
                    if (RuleJsonReader.programFields().contains(f.getKey())) {
                      view.set(f.getKey(), f.getValue());
                    }
                  });
          JsonNode region = file.path("region");
          out.add(
              new Version(
                  file.path("id").asText(),
                  family,
                  file.path("kind").asText(),
                  region.path("level").asText().equals("district")
                      ? region.path("code").asText()
                      : null,
                  file.path("benefitKind").asText(),
                  file.path("exemptApplication").asBoolean(false),
                  file.path("manualChecks").size(),
                  compiler.compile(reader.readProgram(view).orElseThrow()),
                  Holdings.of(file.get("holding")),
                  TaxEffects.of(file.get("taxEffect"))));
        });
    out.sort(java.util.Comparator.comparing(Version::id));
    return out;
  }
}
