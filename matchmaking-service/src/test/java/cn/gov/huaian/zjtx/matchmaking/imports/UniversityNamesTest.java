package cn.gov.huaian.zjtx.matchmaking.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** University names: one university written twice, one renamed, and two that only look alike. */
class UniversityNamesTest {

  @Test
  void theSameNameWrittenOtherwiseHasOneKey() {
    assertThat(UniversityNames.key(" 淮阴工学院 ")).isEqualTo(UniversityNames.key("淮阴工学院"));
    assertThat(UniversityNames.key("淮阴　工学院。")).isEqualTo("淮阴工学院");
    assertThat(UniversityNames.key("中国矿业大学（北京）"))
        .isEqualTo(UniversityNames.key("中国矿业大学(北京)"))
        .isEqualTo(UniversityNames.key("中国矿业大学【北京】"));
    assertThat(UniversityNames.key("ＨＨＵ河海大学")).isEqualTo("hhu河海大学");
  }

  @Test
  void aRenamedCollegeIsAskedAboutNotMergedNorDuplicated() {
    assertThat(UniversityNames.similar("淮安信息职业技术学院", "淮安信息职业技术大学")).isTrue();
    assertThat(UniversityNames.stem("淮安信息职业技术学院")).isEqualTo("淮安信息");
    assertThat(UniversityNames.similar("淮阴师范学院", "淮阴师范大学")).isTrue();
    assertThat(UniversityNames.similar("江苏食品药品职业技术学院", "江苏食品药品职业学院")).isTrue();
    // Easily confused: asked too, never decided alone.
    assertThat(UniversityNames.similar("中国矿业大学", "中国矿业大学（北京）")).isTrue();
    // A slip of one character in a long name.
    assertThat(UniversityNames.similar("淮阴工学院", "淮阴工学苑")).isTrue();
  }

  @Test
  void differentUniversitiesAreNotSimilar() {
    assertThat(UniversityNames.similar("江苏大学", "江苏科技大学")).isFalse();
    assertThat(UniversityNames.similar("淮阴工学院", "淮阴师范学院")).isFalse();
    assertThat(UniversityNames.similar("南京大学", "东南大学")).isFalse();
    assertThat(UniversityNames.similar("扬州大学", "苏州大学")).isFalse();
    // The same name is not "similar": it is the same.
    assertThat(UniversityNames.similar("淮阴工学院", " 淮阴工学院")).isFalse();
  }

  @Test
  void oneEditMeansOneCharacterReplacedAddedOrDropped() {
    assertThat(UniversityNames.withinOneEdit("abcde", "abxde")).isTrue();
    assertThat(UniversityNames.withinOneEdit("abcde", "abcdef")).isTrue();
    assertThat(UniversityNames.withinOneEdit("abcde", "bcde")).isTrue();
    assertThat(UniversityNames.withinOneEdit("abcde", "abxdy")).isFalse();
    assertThat(UniversityNames.withinOneEdit("abcde", "abc")).isFalse();
  }

  @Test
  void theIndexFindsTheUniversityItsAliasOrItsLookAlikes() {
    UUID hxy = UUID.randomUUID();
    UUID hgy = UUID.randomUUID();
    var index =
        new UniversityIndex(
            List.of(
                new UniversityIndex.Entry(hxy, "淮安信息职业技术大学"),
                new UniversityIndex.Entry(hgy, "淮阴工学院")),
            Map.of(UniversityNames.key("淮工"), hgy));
    assertThat(index.find("淮阴工学院 "))
        .isEqualTo(new UniversityIndex.Found(new UniversityIndex.Entry(hgy, "淮阴工学院")));
    assertThat(index.find("淮工")).isInstanceOf(UniversityIndex.Found.class);
    var like = index.find("淮安信息职业技术学院");
    assertThat(like).isInstanceOf(UniversityIndex.LookAlike.class);
    assertThat(((UniversityIndex.LookAlike) like).first().id()).isEqualTo(hxy);
    assertThat(index.find("南京大学")).isInstanceOf(UniversityIndex.Unknown.class);
    // Once confirmed as the same, the old name finds it directly.
    index.alias("淮安信息职业技术学院", new UniversityIndex.Entry(hxy, "淮安信息职业技术大学"));
    assertThat(index.find("淮安信息职业技术学院")).isInstanceOf(UniversityIndex.Found.class);
  }
}
