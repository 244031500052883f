package cn.gov.huaian.zjtx.enterprise;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.gov.huaian.zjtx.platform.architecture.PlatformRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.Test;

/** The rule cores stay plain Java: testable without Quarkus, a database or JSON. */
class ArchitectureTest {
  static final String BASE_PACKAGE = "cn.gov.huaian.zjtx.enterprise";
  static final JavaClasses CLASSES = PlatformRules.mainClassesOf(BASE_PACKAGE);

  @Test
  void ruleClassesImportNoFramework() {
    noClasses()
        .that()
        .haveSimpleNameStartingWith("CreditCode")
        .or()
        .haveSimpleNameStartingWith("ProfileRules")
        .or()
        .haveSimpleNameStartingWith("FigureRules")
        .or()
        .haveSimpleNameStartingWith("FigureMath")
        .or()
        .haveSimpleNameStartingWith("QualificationRules")
        .or()
        .haveSimpleNameStartingWith("Tiers")
        .or()
        .haveSimpleNameStartingWith("ClusterResolver")
        .or()
        .haveSimpleNameStartingWith("Target")
        .or()
        .haveSimpleNameStartingWith("PlanTargets")
        .or()
        .haveSimpleNameStartingWith("Columns")
        .or()
        .haveSimpleNameStartingWith("Cells")
        .or()
        .haveSimpleNameStartingWith("RowMapping")
        .or()
        .haveSimpleNameStartingWith("DemoGenerator")
        .or()
        .haveSimpleNameStartingWith("Violations")
        .or()
        .haveSimpleNameStartingWith("Csv")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.quarkus..",
            "jakarta.persistence..",
            "jakarta.ws.rs..",
            "jakarta.transaction..",
            "org.hibernate..",
            "com.fasterxml..",
            "io.vertx..",
            "jakarta.enterprise..")
        .check(CLASSES);
  }

  @Test
  void resourcesDoNotTalkToRabbitMq() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Resource")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.rabbitmq..")
        .check(CLASSES);
  }

  @Test
  void plumbingLivesInThePlatformModuleOnly() {
    PlatformRules.noPlatformCopyIn(BASE_PACKAGE).check(CLASSES);
  }

  @Test
  void resourcesStayThin() {
    FreezingArchRule.freeze(PlatformRules.resourcesStayThin()).check(CLASSES);
  }

  @Test
  void capabilitiesHaveNoCycles() {
    // Known debt: the registry still reaches into figures, pools, reference and tiers (they
    // should learn of registry changes through its listeners instead).
    PlatformRules.noCyclesBetweenCapabilities(BASE_PACKAGE)
        .ignoreDependency(
            resideInAPackage("..enterprise.registry.."),
            resideInAnyPackage(
                "..enterprise.figures..",
                "..enterprise.pools..",
                "..enterprise.reference..",
                "..enterprise.tiers.."))
        .check(CLASSES);
  }
}
