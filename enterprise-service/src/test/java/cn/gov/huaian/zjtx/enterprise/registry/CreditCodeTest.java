package cn.gov.huaian.zjtx.enterprise.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 统一社会信用代码 rules of GB 32100-2015. */
class CreditCodeTest {

  /**
   * Codes built for this test from plausible Huai'an bodies (9 = 工商, 1 = 企业, 3208xx, an
   * organisation code) with their check character computed independently of this class, plus codes
   * widely printed as examples of the standard.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "91320800MA1MG4YK62",
        "91320826MA1T0K2L2T",
        "92320803MA1XUJ4E6G",
        "52320800MJ4859036Q",
        "123208004660112347",
        "91320891MA1MYP1Q88",
        "91320800139486203T",
        "91350100M000100Y43",
        "91110000802100433B",
        "914403001922038216",
        "91310000MA1FL1MMXL"
      })
  void validCodesPass(String code) {
    assertThat(CreditCode.problem(code)).isEmpty();
    assertThat(CreditCode.isValid(code)).isTrue();
  }

  @Test
  void lowerCaseAndSurroundingSpacesAreNormalisedNotRejected() {
    assertThat(CreditCode.isValid("  91320800ma1mg4yk62 ")).isTrue();
    assertThat(CreditCode.normalize(" 91320800ma1mg4yk62")).isEqualTo("91320800MA1MG4YK62");
  }

  @Test
  void aWrongCheckCharacterIsRejectedAndTheRightOneNamed() {
    assertThat(CreditCode.problem("91320800MA1MG4YK63"))
        .hasValue("统一社会信用代码校验位不正确（按 GB 32100-2015 应为“2”）");
  }

  @Test
  void everySingleCharacterTypoIsCaught() {
    String valid = "91320826MA1T0K2L2T";
    for (int i = 0; i < 18; i++) {
      for (char c : CreditCode.ALPHABET.toCharArray()) {
        if (c == valid.charAt(i)) {
          continue;
        }
        String typo = valid.substring(0, i) + c + valid.substring(i + 1);
        assertThat(CreditCode.isValid(typo)).as(typo).isFalse();
      }
    }
  }

  @Test
  void twoAdjacentDigitsSwappedAreCaught() {
    String valid = "91320800139486203T";
    for (int i = 8; i < 16; i++) {
      if (valid.charAt(i) != valid.charAt(i + 1)) {
        String swapped =
            valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
        assertThat(CreditCode.isValid(swapped)).as(swapped).isFalse();
      }
    }
  }

  @Test
  void lengthIsChecked() {
    assertThat(CreditCode.problem("9132080013948620")).hasValue("统一社会信用代码应为 18 位，实际为 16 位");
    assertThat(CreditCode.problem("91320800139486203TX")).get().asString().contains("18 位");
    assertThat(CreditCode.problem("")).hasValue("统一社会信用代码不能为空");
    assertThat(CreditCode.problem(null)).hasValue("统一社会信用代码不能为空");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91320800MA1MG4YKI2",
        "91320800MA1MG4YKO2",
        "91320800MA1MG4YKZ2",
        "91320800MA1MG4YKS2",
        "91320800MA1MG4YKV2",
        "91320800MA1MG4YK-2"
      })
  void lettersOutsideTheAlphabetAreRejectedWithTheirPosition(String code) {
    assertThat(CreditCode.problem(code)).get().asString().contains("第 17 位").contains("不是允许的字符");
  }

  @Test
  void theAuthorityAndDivisionPartsAreChecked() {
    assertThat(CreditCode.problem(CreditCode.withCheck("B1320800MA1MG4YK6")))
        .get()
        .asString()
        .contains("第 1 位");
    assertThat(CreditCode.problem(CreditCode.withCheck("9132A800MA1MG4YK6")))
        .get()
        .asString()
        .contains("行政区划码");
  }

  @Test
  void checkCharacterNeedsSeventeenValidCharacters() {
    assertThat(CreditCode.withCheck("91320800MA1MG4YK6")).isEqualTo("91320800MA1MG4YK62");
    assertThatThrownBy(() -> CreditCode.checkCharacter("123"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
