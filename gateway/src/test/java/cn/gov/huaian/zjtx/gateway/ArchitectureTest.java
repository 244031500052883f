package cn.gov.huaian.zjtx.gateway;

import cn.gov.huaian.zjtx.platform.architecture.PlatformRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.Test;

/** The promises every service keeps (the platform module's shared rules), for the gateway. */
class ArchitectureTest {
  static final String BASE_PACKAGE = "cn.gov.huaian.zjtx.gateway";
  static final JavaClasses CLASSES = PlatformRules.mainClassesOf(BASE_PACKAGE);

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
}
