package cn.gov.huaian.zjtx.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One version per family: when two overlap, the one in force from the later date governs. */
class InForceTest {
  private static LiveProgram version(String code, String family, String from) {
    return new LiveProgram(
        UUID.randomUUID(),
        code,
        "CERTIFICATION",
        code,
        "产业",
        null,
        null,
        null,
        false,
        1,
        null,
        List.of(),
        family,
        from == null ? null : LocalDate.parse(from),
        null,
        new LiveProgram.Citation(null, null, null),
        List.of(),
        null,
        null,
        null,
        null);
  }

  @Test
  void theLaterVersionOfAFamilyGovernsAndOtherFamiliesStay() {
    var old = version("tier.zjtx-sme.2022", "tier.zjtx-sme", "2022-08-01");
    var current = version("tier.zjtx-sme.2026", "tier.zjtx-sme", "2026-04-01");
    var other = version("tax.high-tech-15pct", "tax.high-tech-15pct", null);

    assertThat(ProgramSet.inForce(List.of(old, other, current))).containsExactly(other, current);
    assertThat(ProgramSet.inForce(List.of(current, old))).containsExactly(current);
  }
}
