package cn.gov.huaian.zjtx.policy.catalog;

import cn.gov.huaian.zjtx.policy.rules.json.RuleJsonReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Set;

/**
 * One file of {@code catalog/programs}: the rules the engine reads, and the document's other
 * elements mapped onto {@link Program} (catalog/EXTENSIONS.md §5).
 */
final class CatalogueFile {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Extension fields with a column of their own, or only needed to read the file. */
  private static final Set<String> NOT_IN_DETAILS =
      Set.of(
          "versionOf",
          "status",
          "clauseText",
          "benefitKind",
          "benefitText",
          "exemptApplication",
          "newFacts",
          "newVocabulary");

  private CatalogueFile() {}

  /** The fields the rule reader knows. */
  static ObjectNode engineView(JsonNode file) {
    ObjectNode view = MAPPER.createObjectNode();
    Set<String> fields = RuleJsonReader.programFields();
    file.properties()
        .forEach(
            f -> {
              if (fields.contains(f.getKey())) {
                view.set(f.getKey(), f.getValue());
              }
            });
    return view;
  }

  /**
   * The family: {@code versionOf}, or the file's own id when it has none. A 复核 program (its {@code
   * transition.appliesRulesOf} names the rules it re-applies) runs beside the version in force for
   * new applications, so it is a family of its own: its id without the year.
   */
  static String family(JsonNode file) {
    String id = file.path("id").asText();
    if (file.path("transition").hasNonNull("appliesRulesOf")) {
      return id.replaceFirst("\\.\\d{4}$", "");
    }
    return file.path("versionOf").asText(id);
  }

  /** Everything the document says that is not a column and not rules. */
  static String details(JsonNode file) {
    ObjectNode details = MAPPER.createObjectNode();
    Set<String> engine = RuleJsonReader.programFields();
    file.properties()
        .forEach(
            f -> {
              if (!engine.contains(f.getKey()) && !NOT_IN_DETAILS.contains(f.getKey())) {
                details.set(f.getKey(), f.getValue());
              }
            });
    return details.toString();
  }

  /** Maps the file onto the program's columns. */
  static void apply(Program p, JsonNode file) {
    p.kind =
        "POLICY".equals(file.path("kind").asText())
            ? Program.Kind.POLICY
            : Program.Kind.CERTIFICATION;
    p.title = file.path("title").asText(p.code);
    p.category = textOrNull(file, "category");
    p.summary = textOrNull(file, "description");
    p.clauseText = file.hasNonNull("clauseText") ? file.get("clauseText").asText() : null;
    JsonNode citation = file.path("citation");
    p.docNumber = textOrNull(citation, "docNumber");
    p.department = textOrNull(citation, "issuer");
    JsonNode region = file.path("region");
    p.regionLevel =
        switch (region.path("level").asText("city")) {
          case "national" -> Program.RegionLevel.NATIONAL;
          case "province" -> Program.RegionLevel.PROVINCE;
          case "district" -> Program.RegionLevel.DISTRICT;
          default -> Program.RegionLevel.CITY;
        };
    p.districtCode =
        p.regionLevel == Program.RegionLevel.DISTRICT ? textOrNull(region, "code") : null;
    p.regionName = textOrNull(region, "name");
    JsonNode period = file.path("period");
    p.validFrom = date(period, "from");
    p.validTo = date(period, "to");
    ApplicationPeriod applications = period(file.path("application"), p.validTo, Program.today());
    p.applyOpensOn = applications.opensOn();
    p.applyDeadline = applications.closesOn();
    p.exemptApplication = file.path("exemptApplication").asBoolean(false);
    p.benefitKind = textOrNull(file, "benefitKind");
    p.benefitText = textOrNull(file, "benefitText");
    p.family = family(file);
    p.details = details(file);
  }

  /**
   * The period of the dated batch of {@code application} that applies on {@code day}, its close
   * capped by validity; neither bound when no batch is dated.
   */
  static ApplicationPeriod period(JsonNode application, LocalDate validTo, LocalDate day) {
    return ApplicationWindows.of(application)
        .batchOn(day)
        .map(
            b -> {
              LocalDate closes =
                  validTo != null && b.closesOn().isAfter(validTo) ? validTo : b.closesOn();
              LocalDate opens =
                  b.opensOn() == null || b.opensOn().isAfter(closes) ? null : b.opensOn();
              return new ApplicationPeriod(opens, closes);
            })
        .orElse(new ApplicationPeriod(null, null));
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
  }

  private static LocalDate date(JsonNode node, String field) {
    String text = textOrNull(node, field);
    return text == null ? null : LocalDate.parse(text);
  }
}
