package cn.gov.huaian.zjtx.enterprise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rule cores stay plain Java: testable without Quarkus, a database or JSON. */
class ArchitectureTest {
  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("cn.gov.huaian.zjtx.enterprise");

  @Test
  void ruleClassesImportNoFramework() {
    noClasses()
        .that().haveSimpleNameStartingWith("CreditCode")
        .or().haveSimpleNameStartingWith("ProfileRules")
        .or().haveSimpleNameStartingWith("FigureRules")
        .or().haveSimpleNameStartingWith("FigureMath")
        .or().haveSimpleNameStartingWith("QualificationRules")
        .or().haveSimpleNameStartingWith("Tiers")
        .or().haveSimpleNameStartingWith("ClusterResolver")
        .or().haveSimpleNameStartingWith("Target")
        .or().haveSimpleNameStartingWith("PlanTargets")
        .or().haveSimpleNameStartingWith("Columns")
        .or().haveSimpleNameStartingWith("Cells")
        .or().haveSimpleNameStartingWith("RowMapping")
        .or().haveSimpleNameStartingWith("DemoGenerator")
        .or().haveSimpleNameStartingWith("Violations")
        .or().haveSimpleNameStartingWith("Csv")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.quarkus..", "jakarta.persistence..", "jakarta.ws.rs..", "jakarta.transaction..", "org.hibernate..",
            "com.fasterxml..", "io.vertx..", "jakarta.enterprise..")
        .check(CLASSES);
  }

  @Test
  void resourcesDoNotTalkToRabbitMq() {
    noClasses().that().haveSimpleNameEndingWith("Resource")
        .should().dependOnClassesThat().resideInAnyPackage("com.rabbitmq..")
        .check(CLASSES);
  }
}
