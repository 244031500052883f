package cn.gov.huaian.zjtx.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;

/**
 * The architecture promises every service keeps, written once and checked by each service's {@code
 * ArchitectureTest} (ArchUnit is a test-scope dependency of the services; this class is never
 * loaded at run time).
 */
public final class PlatformRules {
  /** Packages a pure domain core must not import: the framework, persistence and I/O clients. */
  public static final String[] FRAMEWORKS = {
    "io.quarkus..",
    "jakarta..",
    "org.hibernate..",
    "io.vertx..",
    "io.smallrye..",
    "co.elastic..",
    "com.rabbitmq..",
    "org.eclipse.microprofile.."
  };

  private PlatformRules() {}

  /** The main (not test) classes of one service, e.g. {@code cn.gov.huaian.zjtx.policy}. */
  public static JavaClasses mainClassesOf(String basePackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(basePackage);
  }

  /** A domain core (given as package patterns such as {@code ..policy.rules..}) is plain Java. */
  public static ArchRule coreIsFrameworkFree(String... corePackages) {
    return noClasses()
        .that()
        .resideInAnyPackage(corePackages)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .because("领域核心不依赖框架，可以脱离 Quarkus 单独测试");
  }

  /**
   * Capability packages ({@code base.<capability>..}) depend on each other in one direction. A
   * service names each edge it still has against that direction with {@code ignoreDependency}, so
   * the known debt is written down where it is checked and any new cycle fails.
   */
  public static SliceRule noCyclesBetweenCapabilities(String basePackage) {
    return slices()
        .matching(basePackage + ".(*)..")
        .should()
        .beFreeOfCycles()
        .because("能力包之间的依赖是单向的，改一处不会绕回来");
  }

  /**
   * Resources stay thin: they translate HTTP to calls on services and domain objects, and talk to
   * no database, index or broker client themselves.
   */
  public static ArchRule resourcesStayThin() {
    return noClasses()
        .that()
        .haveSimpleNameEndingWith("Resource")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("co.elastic..", "com.rabbitmq..", "java.sql..", "io.agroal..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.persistence.EntityManager")
        .because("资源类只做 HTTP 翻译，数据访问在服务或仓储里");
  }

  /** Plumbing lives in the platform module, once: a service keeps no {@code platform} copy. */
  public static ArchRule noPlatformCopyIn(String basePackage) {
    return noClasses()
        .should()
        .resideInAPackage(basePackage + ".platform..")
        .because("跨服务的基础设施只在 platform 模块里写一次")
        .allowEmptyShould(true);
  }
}
