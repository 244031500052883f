package cn.gov.huaian.zjtx.policy.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The capabilities depend on each other in one direction only: facts and catalog know nobody,
 * matching reacts to their events, push reacts to matching's, and applications, simulation and
 * search sit on top. A cycle here would mean a change in one capability ripples back.
 */
class ArchitectureTest {
  private static final String BASE = "cn.gov.huaian.zjtx.policy.";
  private static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.gov.huaian.zjtx.policy");

  private static String[] pkgs(String... names) {
    String[] out = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = BASE + names[i] + "..";
    }
    return out;
  }

  @Test
  void factsKnowsOnlyTheRulesAndThePlatform() {
    noClasses().that().resideInAPackage(BASE + "facts..")
        .should().dependOnClassesThat().resideInAnyPackage(pkgs("catalog", "matching", "push", "applications", "simulation", "search"))
        .check(CLASSES);
  }

  @Test
  void catalogAnnouncesChangesAndKnowsNoConsumer() {
    noClasses().that().resideInAPackage(BASE + "catalog..")
        .should().dependOnClassesThat().resideInAnyPackage(pkgs("facts", "matching", "push", "applications", "simulation", "search"))
        .check(CLASSES);
  }

  @Test
  void matchingKnowsNothingOfWhoIsTold() {
    noClasses().that().resideInAPackage(BASE + "matching..")
        .should().dependOnClassesThat().resideInAnyPackage(pkgs("push", "applications", "simulation", "search"))
        .check(CLASSES);
  }

  @Test
  void pushKnowsNothingOfApplicationsSimulationOrSearch() {
    noClasses().that().resideInAPackage(BASE + "push..")
        .should().dependOnClassesThat().resideInAnyPackage(pkgs("applications", "simulation", "search"))
        .check(CLASSES);
  }

  @Test
  void thePlatformServesEveryoneAndDependsOnNone() {
    noClasses().that().resideInAPackage(BASE + "platform..")
        .should().dependOnClassesThat().resideInAnyPackage(
            pkgs("facts", "catalog", "matching", "push", "applications", "simulation", "search"))
        .check(CLASSES);
  }
}
