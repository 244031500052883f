package cn.gov.huaian.zjtx.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.gov.huaian.zjtx.platform.architecture.PlatformRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.Test;

/**
 * The capabilities depend on each other in one direction only: facts and catalog know nobody,
 * matching reacts to their events, push reacts to matching's, and applications, simulation and
 * search sit on top. A cycle here would mean a change in one capability ripples back.
 */
class ArchitectureTest {
  private static final String BASE = "cn.gov.huaian.zjtx.policy.";
  static final String BASE_PACKAGE = "cn.gov.huaian.zjtx.policy";
  static final JavaClasses CLASSES = PlatformRules.mainClassesOf(BASE_PACKAGE);

  private static String[] pkgs(String... names) {
    String[] out = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = BASE + names[i] + "..";
    }
    return out;
  }

  @Test
  void factsKnowsOnlyTheRulesAndThePlatform() {
    noClasses()
        .that()
        .resideInAPackage(BASE + "facts..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            pkgs("catalog", "matching", "push", "applications", "simulation", "search"))
        .check(CLASSES);
  }

  @Test
  void catalogAnnouncesChangesAndKnowsNoConsumer() {
    noClasses()
        .that()
        .resideInAPackage(BASE + "catalog..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            pkgs("facts", "matching", "push", "applications", "simulation", "search"))
        .check(CLASSES);
  }

  @Test
  void matchingKnowsNothingOfWhoIsTold() {
    noClasses()
        .that()
        .resideInAPackage(BASE + "matching..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(pkgs("push", "applications", "simulation", "search"))
        .check(CLASSES);
  }

  @Test
  void pushKnowsNothingOfApplicationsSimulationOrSearch() {
    noClasses()
        .that()
        .resideInAPackage(BASE + "push..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(pkgs("applications", "simulation", "search"))
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
    PlatformRules.noCyclesBetweenCapabilities(BASE_PACKAGE).check(CLASSES);
  }

  @Test
  void theDomainCoreImportsNoFramework() {
    PlatformRules.coreIsFrameworkFree("..policy.rules..").check(CLASSES);
  }
}
