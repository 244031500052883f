package cn.gov.huaian.zjtx.enterprise.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.enterprise.commissioners.AssignmentResource;
import cn.gov.huaian.zjtx.enterprise.commissioners.VisitResource;
import cn.gov.huaian.zjtx.enterprise.figures.Figures;
import cn.gov.huaian.zjtx.enterprise.pools.PoolService;
import cn.gov.huaian.zjtx.enterprise.reference.ClusterMappingResource;
import cn.gov.huaian.zjtx.enterprise.registry.Contact;
import cn.gov.huaian.zjtx.enterprise.registry.ProfileInput;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationInput;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationResource;
import cn.gov.huaian.zjtx.platform.architecture.ColumnSizes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every text a request can write fits its column (issue 14): see {@link ColumnSizes}. A new request
 * body must be mapped to the table it writes here.
 */
class ColumnSizeTest {
  static final List<Class<?>> CLASSES = ColumnSizes.mainClasses("cn.gov.huaian.zjtx.enterprise");

  static final Map<Class<?>, String> BODIES =
      Map.ofEntries(
          Map.entry(ProfileInput.class, "enterprise"),
          Map.entry(Contact.class, ColumnSizes.NOT_STORED), // inside enterprise.contacts (jsonb)
          Map.entry(Figures.class, "year_figures"),
          Map.entry(AssignmentResource.Assign.class, "commissioner_assignment"),
          Map.entry(VisitResource.VisitInput.class, "commissioner_visit"),
          Map.entry(PoolService.Entry.class, "pool_entry"),
          Map.entry(PoolService.Exit.class, "pool_entry"),
          Map.entry(ClusterMappingResource.Assign.class, "cluster_mapping"),
          Map.entry(QualificationInput.class, "qualification"),
          Map.entry(QualificationResource.Revocation.class, "qualification"));

  static final Map<String, String> COLUMNS =
      Map.of(
          "Assign.name", "commissioner_name",
          "Assign.cluster", "cluster_code",
          "Entry.pool", "pool_code",
          "Entry.reason", "entry_reason",
          "Exit.reason", "exit_reason",
          "Revocation.reason", "revoke_reason");

  static final Map<String, String> BOUNDED =
      Map.ofEntries(
          Map.entry(
              "ProfileInput.creditCode", "18 characters with a GB 32100-2015 check (CreditCode)"),
          Map.entry("ProfileInput.districtCode", "one of Huai'an's districts (ProfileRules)"),
          Map.entry("ProfileInput.townCode", "a town of the district, nine digits (ProfileRules)"),
          Map.entry("ProfileInput.park", "one of the parks' codes (ProfileRules)"),
          Map.entry("ProfileInput.industryCode", "a GB/T 4754 class, four digits (ProfileRules)"),
          Map.entry(
              "ProfileInput.chainPosition", "upstream, midstream or downstream (ProfileRules)"),
          Map.entry("VisitInput.mode", "one of the visit modes (VisitResource)"),
          Map.entry("Entry.pool", "the code of an existing pool (PoolService)"),
          Map.entry("Assign.cluster", "one of the 7+3 clusters' codes (ClusterMappings)"),
          Map.entry("QualificationInput.kind", "one of QualificationKind (QualificationRules)"),
          Map.entry(
              "QualificationInput.level",
              "national, provincial or municipal (QualificationRules)"));

  static final Map<String, String> SYSTEM_SET =
      Map.ofEntries(
          Map.entry("enterprise.cluster_code", "derived from the industry class"),
          Map.entry("cluster_mapping.prefix", "a path parameter of one to four digits"),
          Map.entry("cluster_mapping.updated_by", "the admin's username from the token"),
          Map.entry("commissioner_assignment.assigned_by", "the admin's username from the token"),
          Map.entry("commissioner_assignment.commissioner_subject", "a Keycloak user id (path)"),
          Map.entry(
              "commissioner_visit.commissioner_name", "the commissioner's name from the token"),
          Map.entry("commissioner_visit.commissioner_subject", "the token's subject"),
          Map.entry("import_job.created_by", "the admin's username from the token"),
          Map.entry("import_job.filename", "the uploaded file's name, cut to 200 (Importer)"),
          Map.entry("import_job.ignored_columns", "written by the importer, cut to 1000"),
          Map.entry("import_job.kind", "enterprises or figures (ImportResource)"),
          Map.entry("import_job.message", "written by the importer"),
          Map.entry("import_job.status", "the job's state"),
          Map.entry("outbox.last_error", "written by the relay, cut to 500"),
          Map.entry("outbox.type", "an event type of ours"),
          Map.entry("pool.code", "reference data of the migrations"),
          Map.entry("pool.name", "reference data of the migrations"),
          Map.entry("pool_entry.created_by", "the admin's username from the token"),
          Map.entry("qualification.created_by", "the admin's username from the token"));

  @Test
  void everyTextARequestWritesFitsItsColumn() {
    assertThat(
            ColumnSizes.problems(
                new ColumnSizes.Service(
                    Path.of("."), CLASSES, BODIES, COLUMNS, BOUNDED, SYSTEM_SET)))
        .isEmpty();
  }
}
