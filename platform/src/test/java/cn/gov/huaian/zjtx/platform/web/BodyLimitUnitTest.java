package cn.gov.huaian.zjtx.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BodyLimitUnitTest {
  @Test
  void sizesAreReadAsQuarkusWritesThem() {
    assertThat(BodyLimit.bytes("512K")).isEqualTo(524_288);
    assertThat(BodyLimit.bytes("2M")).isEqualTo(2_097_152);
    assertThat(BodyLimit.bytes("20m")).isEqualTo(20_971_520);
    assertThat(BodyLimit.bytes("1048576")).isEqualTo(1_048_576);
    assertThat(BodyLimit.bytes("1G")).isEqualTo(1L << 30);
    assertThatThrownBy(() -> BodyLimit.bytes("lots")).isInstanceOf(IllegalArgumentException.class);
    assertThat(BodyLimit.human(524_288)).isEqualTo("512 KB");
    assertThat(BodyLimit.human(2_097_152)).isEqualTo("2 MB");
  }
}
