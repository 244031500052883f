package cn.gov.huaian.zjtx.matchmaking.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The promises of the module's layout, checked on the compiled classes. */
class ArchitectureTest {
  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("cn.gov.huaian.zjtx.matchmaking");

  @Test
  void theRankingAndAssignmentCoresImportNoFramework() {
    noClasses().that().haveSimpleNameStartingWith("Rrf")
        .or().haveSimpleName("Reranker").or().haveSimpleName("Assignment").or().haveSimpleName("Winners")
        .or().haveSimpleName("Segmenter").or().haveSimpleName("Synonyms").or().haveSimpleName("Highlighter")
        .or().haveSimpleName("Metrics")
        .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "co.elastic..", "org.hibernate..", "com.fasterxml..")
        .check(CLASSES);
  }

  @Test
  void resourcesDoNotTalkToElasticsearchDirectly() {
    noClasses().that().haveSimpleNameEndingWith("Resource")
        .should().dependOnClassesThat().resideInAPackage("co.elastic..")
        .check(CLASSES);
  }

  @Test
  void textAndReferenceKnowNothingOfTheCapabilities() {
    noClasses().that().resideInAnyPackage("..matchmaking.text..", "..matchmaking.reference..")
        .should().dependOnClassesThat().resideInAnyPackage("..matchmaking.needs..", "..matchmaking.experts..",
            "..matchmaking.search..", "..matchmaking.ranking..", "..matchmaking.cooperation..")
        .check(CLASSES);
  }
}
