package cn.gov.huaian.zjtx.policy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.platform.architecture.ColumnSizes;
import cn.gov.huaian.zjtx.policy.applications.ApplicationDtos;
import cn.gov.huaian.zjtx.policy.catalog.ProgramRequest;
import cn.gov.huaian.zjtx.policy.matching.VerificationResource;
import cn.gov.huaian.zjtx.policy.push.WebhookResource;
import cn.gov.huaian.zjtx.policy.simulation.SimulationDtos;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every text a request can write fits its column (issue 14): see {@link ColumnSizes}. A new request
 * body must be mapped to the table it writes here.
 */
class ColumnSizeTest {
  static final List<Class<?>> CLASSES = ColumnSizes.mainClasses("cn.gov.huaian.zjtx.policy");

  static final Map<Class<?>, String> BODIES =
      Map.of(
          ProgramRequest.class, "program",
          ApplicationDtos.SubmitRequest.class, "application",
          ApplicationDtos.Attachment.class,
              ColumnSizes.NOT_STORED, // inside application.attachments (jsonb)
          ApplicationDtos.DecisionRequest.class, "application",
          ApplicationDtos.PayoutRequest.class, "application",
          SimulationDtos.SimulationRequest.class,
              ColumnSizes.NOT_STORED, // a simulation is computed, not stored
          WebhookResource.WebhookRequest.class, "webhook",
          VerificationResource.VerificationRequest.class, "manual_verification");

  static final Map<String, String> COLUMNS =
      Map.of(
          "DecisionRequest.reason", "decision_reason",
          "PayoutRequest.reference", "payout_reference");

  static final Map<String, String> BOUNDED =
      Map.of(
          "ProgramRequest.category", "one of Program.CATEGORIES (ProgramCatalog)",
          "ProgramRequest.districtCode", "one of the districts' six-digit codes (ProgramCatalog)",
          "ProgramRequest.benefitKind", "one of Program.BENEFIT_KINDS (ProgramCatalog)");

  static final Map<String, String> SYSTEM_SET =
      Map.of(
          "program.created_by", "the admin's username from the token (at most 64, gateway NewUser)",
          "program_version.created_by", "the admin's username from the token",
          "program.family", "the catalogue file's versionOf or the program's code (≤ 100)",
          "program.region_name", "the catalogue file's region.name (全国, 江苏省, 淮安市…)",
          "program.catalog_file", "the catalogue file name from catalog/index.txt",
          "program.catalog_hash", "SHA-256 of the catalogue file, 64 hex digits",
          "application.submitted_by", "the enterprise user's username from the token",
          "application.decided_by", "the admin's username from the token");

  @Test
  void everyTextARequestWritesFitsItsColumn() {
    assertThat(
            ColumnSizes.problems(
                new ColumnSizes.Service(
                    Path.of("."), CLASSES, BODIES, COLUMNS, BOUNDED, SYSTEM_SET)))
        .isEmpty();
  }
}
