package cn.gov.huaian.zjtx.matchmaking;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.gov.huaian.zjtx.platform.architecture.PlatformRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.Test;

/** The promises of the module's layout, checked on the compiled classes. */
class ArchitectureTest {
  static final String BASE_PACKAGE = "cn.gov.huaian.zjtx.matchmaking";
  static final JavaClasses CLASSES = PlatformRules.mainClassesOf(BASE_PACKAGE);

  @Test
  void theRankingAndAssignmentCoresImportNoFramework() {
    noClasses()
        .that()
        .haveSimpleNameStartingWith("Rrf")
        .or()
        .haveSimpleName("Reranker")
        .or()
        .haveSimpleName("Assignment")
        .or()
        .haveSimpleName("AssignmentRound")
        .or()
        .haveSimpleName("ChallengeRules")
        .or()
        .haveSimpleName("Winners")
        .or()
        .haveSimpleName("Segmenter")
        .or()
        .haveSimpleName("Synonyms")
        .or()
        .haveSimpleName("Highlighter")
        .or()
        .haveSimpleName("Metrics")
        .or()
        .haveSimpleName("Cursor")
        .or()
        .haveSimpleName("Paging")
        .or()
        .haveSimpleName("UniversityNames")
        .or()
        .haveSimpleName("UniversityIndex")
        .or()
        .haveSimpleName("ImportRows")
        .or()
        .haveSimpleName("NeedQuality")
        .or()
        .haveSimpleNameStartingWith("TeamComposer")
        .or()
        .haveSimpleName("FacetDetector")
        .or()
        .haveSimpleName("SeatFit")
        .or()
        .haveSimpleName("WeightLearner")
        .or()
        .haveSimpleName("DeclineReason")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.quarkus..", "jakarta..", "co.elastic..", "org.hibernate..", "com.fasterxml..")
        .check(CLASSES);
  }

  @Test
  void resourcesDoNotTalkToElasticsearchDirectly() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Resource")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("co.elastic..")
        .check(CLASSES);
  }

  @Test
  void textAndReferenceKnowNothingOfTheCapabilities() {
    noClasses()
        .that()
        .resideInAnyPackage("..matchmaking.text..", "..matchmaking.reference..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..matchmaking.needs..",
            "..matchmaking.experts..",
            "..matchmaking.search..",
            "..matchmaking.ranking..",
            "..matchmaking.cooperation..")
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
    // Known debt: experts and needs enqueue their own index jobs in search (an event would let
    // search depend on them one way only).
    PlatformRules.noCyclesBetweenCapabilities(BASE_PACKAGE)
        .ignoreDependency(
            resideInAnyPackage("..matchmaking.experts..", "..matchmaking.needs.."),
            resideInAPackage("..matchmaking.search.."))
        .check(CLASSES);
  }
}
