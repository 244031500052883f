package cn.gov.huaian.zjtx.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which addresses are the portal's pages (answered with index.html) and which are not. */
class PortalRoutesTest {
  @Test
  void pagesAreAddressesOutsideTheApiWithoutAFileExtension() {
    assertThat(PortalRoutes.PAGE.matcher("/").matches()).isTrue();
    assertThat(PortalRoutes.PAGE.matcher("/ent/workbench").matches()).isTrue();
    assertThat(
            PortalRoutes.PAGE
                .matcher("/ent/policies/ea897ed9-7682-4b07-bfb2-d4971d33add7")
                .matches())
        .isTrue();
    assertThat(PortalRoutes.PAGE.matcher("/api/v1/enterprises").matches()).isFalse();
    assertThat(PortalRoutes.PAGE.matcher("/api").matches()).isFalse();
    assertThat(PortalRoutes.PAGE.matcher("/q/health").matches()).isFalse();
    assertThat(PortalRoutes.PAGE.matcher("/assets/index-abc.js").matches()).isFalse();
    assertThat(PortalRoutes.PAGE.matcher("/portal-config.json").matches()).isFalse();
    assertThat(PortalRoutes.PAGE.matcher("/favicon.svg").matches()).isFalse();
  }
}
