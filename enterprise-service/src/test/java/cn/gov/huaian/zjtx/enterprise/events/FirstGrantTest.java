package cn.gov.huaian.zjtx.enterprise.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.enterprise.tiers.Qualification;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "首次认定" as the snapshot reports it: the earliest grant of one kind and level. */
class FirstGrantTest {
  @Test
  void anExpiredEarlierGrantOfTheSameKindAndLevelIsTheFirst() {
    Qualification first = grant("srdi-sme", "provincial", "2020-11-01", null);
    Qualification renewed = grant("srdi-sme", "provincial", "2023-11-01", null);
    assertThat(SnapshotLoader.firstGranted(List.of(renewed, first), renewed))
        .isEqualTo(LocalDate.parse("2020-11-01"));
  }

  @Test
  void aRevokedGrantOrAnotherLevelOrKindDoesNotCount() {
    Qualification revoked = grant("tech-center", "provincial", "2019-05-01", "2020-01-01");
    Qualification municipal = grant("tech-center", "municipal", "2018-05-01", null);
    Qualification other = grant("high-tech", "national", "2017-05-01", null);
    Qualification held = grant("tech-center", "provincial", "2022-05-01", null);
    assertThat(SnapshotLoader.firstGranted(List.of(revoked, municipal, other, held), held))
        .isEqualTo(LocalDate.parse("2022-05-01"));
  }

  private static Qualification grant(String kind, String level, String on, String revokedOn) {
    Qualification q = new Qualification();
    q.kind = kind;
    q.level = level;
    q.grantedOn = LocalDate.parse(on);
    q.revokedOn = revokedOn == null ? null : LocalDate.parse(revokedOn);
    return q;
  }
}
