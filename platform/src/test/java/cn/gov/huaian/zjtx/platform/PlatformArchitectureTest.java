package cn.gov.huaian.zjtx.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.gov.huaian.zjtx.platform.architecture.PlatformRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The platform is plumbing: it knows no service and no domain type. */
class PlatformArchitectureTest {
  static final JavaClasses CLASSES = PlatformRules.mainClassesOf("cn.gov.huaian.zjtx.platform");

  @Test
  void thePlatformKnowsNoService() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "cn.gov.huaian.zjtx.enterprise..",
            "cn.gov.huaian.zjtx.policy..",
            "cn.gov.huaian.zjtx.matchmaking..",
            "cn.gov.huaian.zjtx.gateway..")
        .check(CLASSES);
  }

  @Test
  void validationAndTextArePlainJava() {
    PlatformRules.coreIsFrameworkFree(
            "..platform.validation..", "..platform.text..", "..platform.net..")
        .check(CLASSES);
  }

  @Test
  void itsPackagesHaveNoCycles() {
    PlatformRules.noCyclesBetweenCapabilities("cn.gov.huaian.zjtx.platform").check(CLASSES);
  }
}
