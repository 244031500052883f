package cn.gov.huaian.zjtx.policy.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 政策目录导入：every file of catalog/index.txt is a published program with its document's elements; a
 * second load changes nothing; a file changed after an admin's edit through the API does not
 * overwrite the edit.
 */
@io.quarkus.test.junit.QuarkusTest
@Tag("servers")
class CatalogueLoaderTest {
  @Inject CatalogueLoader loader;
  @Inject ProgramCatalog catalog;

  private static Program byCode(String code) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Program.<Program>find("code", code).firstResult());
  }

  /**
   * A batch that closed moves the deadline to the one in force; a deadline is not a rule, so nobody
   * is re-matched for it (no job for the program is queued).
   */
  @Test
  void aMovedDeadlineIsStoredWithoutARematch() {
    Program program = byCode("tier.little-giant.2026");
    java.time.Instant before = java.time.Instant.now();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Program.update(
                    "applyOpensOn = null, applyDeadline = ?1 where id = ?2",
                    LocalDate.of(2020, 1, 1),
                    program.id));

    assertThat(catalog.refreshCatalogueDeadlines()).isGreaterThanOrEqualTo(1);

    Program moved = byCode("tier.little-giant.2026");
    assertThat(moved.applyDeadline).isEqualTo(LocalDate.of(2026, 5, 25));
    assertThat(moved.applyOpensOn).isEqualTo(LocalDate.of(2026, 4, 25));
    long jobs =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            Program.getEntityManager()
                                .createNativeQuery(
                                    "select count(*) from match_job where target_id = ?1 and requested_at >= ?2")
                                .setParameter(1, program.id)
                                .setParameter(2, java.sql.Timestamp.from(before))
                                .getSingleResult())
                        .longValue());
    assertThat(jobs).as("no re-match for a deadline").isZero();
  }

  @Test
  void everyIndexedFileIsAPublishedProgramWithItsDocument() {
    long loaded =
        QuarkusTransaction.requiringNew().call(() -> Program.count("catalogFile is not null"));
    assertThat(loaded).isEqualTo(CatalogueLoader.index().size()).isGreaterThanOrEqualTo(40);

    Program zjtx = byCode("tier.zjtx-sme.2026");
    assertThat(zjtx.family).isEqualTo("tier.zjtx-sme");
    assertThat(zjtx.status).isEqualTo(Program.Status.PUBLISHED);
    assertThat(zjtx.regionLevel).isEqualTo(Program.RegionLevel.NATIONAL);
    assertThat(zjtx.docNumber).isEqualTo("工信部企业〔2026〕2号");
    assertThat(zjtx.department).isEqualTo("工业和信息化部");
    assertThat(zjtx.validFrom).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(zjtx.validTo).isNull();
    assertThat(zjtx.benefitKind).isEqualTo("认定类");
    assertThat(zjtx.clauseText).contains("1500万元");
    assertThat(zjtx.details).contains("manualChecks", "citation", "linkedPrograms");

    Program history = byCode("tier.zjtx-sme.2022");
    assertThat(history.family).isEqualTo("tier.zjtx-sme");
    assertThat(history.validTo).isEqualTo(LocalDate.of(2026, 3, 31));
    // 复核 runs beside the 2026 rules for new applications: a family of its own.
    assertThat(byCode("tier.little-giant-review.2026").family)
        .isEqualTo("tier.little-giant-review");
    assertThat(byCode("tax.rd-super-deduction.2023").exemptApplication).isTrue();
    // the 2026 batch's dated window closed: its close is the deadline new applications meet
    Program moved = byCode("tier.little-giant.2026");
    assertThat(moved.applyDeadline).isEqualTo(LocalDate.of(2026, 5, 25));
    assertThat(moved.applyOpensOn).isEqualTo(LocalDate.of(2026, 4, 25));
    assertThat(byCode("tier.zjtx-sme.2026").applyDeadline).as("no dated batch").isNull();
    assertThat(byCode("js.sukedai.2023").regionLevel).isEqualTo(Program.RegionLevel.PROVINCE);
  }

  @Test
  void aSecondLoadChangesNothing() {
    int versionsBefore = QuarkusTransaction.requiringNew().call(() -> (int) ProgramVersion.count());
    Map<CatalogueLoader.Outcome, Integer> outcome = loader.loadAll();
    assertThat(outcome.keySet())
        .isSubsetOf(CatalogueLoader.Outcome.UNCHANGED, CatalogueLoader.Outcome.KEPT_ADMIN_EDIT);
    assertThat(outcome.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(CatalogueLoader.index().size());
    assertThat(QuarkusTransaction.requiringNew().call(() -> (int) ProgramVersion.count()))
        .isEqualTo(versionsBefore);
  }

  @Test
  void aChangedFileUpdatesItsProgramButNeverAnAdminsEdit() {
    // A changed file (its hash differs from the one stored) is applied again…
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Program.update(
                    "catalogHash = 'stale' where code = ?1", "nat.sme-digital-empowerment.2025"));
    assertThat(loader.loadOne("nat.sme-digital-empowerment.2025.json"))
        .isEqualTo(CatalogueLoader.Outcome.UPDATED);
    Program loaded = byCode("nat.sme-digital-empowerment.2025");
    assertThat(loaded.catalogHash).hasSize(64);
    assertThat(loaded.rulesVersion).as("same rules: no new version").isEqualTo(1);

    // …unless an admin changed the program through the API since.
    Program edited = byCode("proc.sme-price-deduction.2022");
    var detail = catalog.detail(edited.id, false);
    var body =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .createObjectNode()
            .put("kind", detail.kind())
            .put("title", "管理员改过的标题")
            .put("category", detail.category())
            .put("regionLevel", detail.regionLevel())
            .put("benefitKind", detail.benefitKind());
    body.set("rules", detail.rules());
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"" + detail.version() + "\"")
        .body(body.toString())
        .put("/api/v1/programs/" + edited.id)
        .then()
        .statusCode(200);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Program.update(
                    "catalogHash = 'stale' where code = ?1", "proc.sme-price-deduction.2022"));
    assertThat(loader.loadOne("proc.sme-price-deduction.2022.json"))
        .isEqualTo(CatalogueLoader.Outcome.KEPT_ADMIN_EDIT);
    assertThat(byCode("proc.sme-price-deduction.2022").title).isEqualTo("管理员改过的标题");
  }
}
