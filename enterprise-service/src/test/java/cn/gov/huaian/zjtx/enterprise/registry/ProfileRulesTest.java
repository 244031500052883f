package cn.gov.huaian.zjtx.enterprise.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.enterprise.reference.Park;
import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.platform.problem.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The profile rules, without Quarkus. */
class ProfileRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private final ProfileRules rules = new ProfileRules(ReferenceData.bundled());

  private static ProfileInput valid() {
    return new ProfileInput(
        "91320800MA1MG4YK62",
        " 淮安示范智能装备有限公司 ",
        LocalDate.of(2012, 5, 18),
        "320812",
        "320812001",
        "高新区",
        "淮安市清江浦区深圳路 8 号",
        "3491",
        "焊接机器人",
        "汽车焊接自动化",
        8,
        "中游",
        List.of(new Contact("王敏", "总经理", "139 0517 0001", null)));
  }

  @Test
  void aCompleteProfileIsAcceptedAndNormalised() {
    var result = rules.validate(valid(), TODAY);
    assertThat(result.errors()).isEmpty();
    Profile p = result.profile();
    assertThat(p.name()).isEqualTo("淮安示范智能装备有限公司");
    assertThat(p.park()).isEqualTo(Park.HIGH_TECH_ZONE);
    assertThat(p.chainPosition()).isEqualTo(ChainPosition.MIDSTREAM);
    assertThat(p.contacts().get(0).phone()).isEqualTo("13905170001");
  }

  @Test
  void onlyTheRequiredFieldsAreNeeded() {
    var in =
        new ProfileInput(
            "91320800MA1MG4YK62",
            "淮安某公司",
            null,
            "320803",
            null,
            null,
            null,
            "1311",
            null,
            null,
            null,
            null,
            null);
    assertThat(rules.validate(in, TODAY).errors()).isEmpty();
  }

  @Test
  void everyBadFieldIsNamedInOneAnswer() {
    var in =
        new ProfileInput(
            "91320800MA1MG4YK63",
            "",
            LocalDate.of(2030, 1, 1),
            "320100",
            "999999999",
            "新区",
            "x".repeat(201),
            "349",
            "p",
            "n",
            200,
            "侧游",
            List.of(new Contact("", null, "12345", "not-an-email")));
    List<Problem.Violation> errors = rules.validate(in, TODAY).errors();
    assertThat(errors)
        .extracting(Problem.Violation::field)
        .containsExactlyInAnyOrder(
            "creditCode",
            "name",
            "foundedOn",
            "districtCode",
            "townCode",
            "park",
            "address",
            "industryCode",
            "nicheYears",
            "chainPosition",
            "contacts[0].name",
            "contacts[0].phone",
            "contacts[0].email");
    assertThat(errors).allSatisfy(e -> assertThat(e.message()).containsPattern("\\p{IsHan}"));
    assertThat(errors)
        .filteredOn(e -> e.field().equals("industryCode"))
        .first()
        .extracting(Problem.Violation::message)
        .asString()
        .contains("GB/T 4754-2017");
  }

  @Test
  void aTownMustBelongToTheDistrict() {
    var in =
        new ProfileInput(
            "91320800MA1MG4YK62",
            "淮安某公司",
            null,
            "320803",
            "320812001",
            null,
            null,
            "1311",
            null,
            null,
            null,
            null,
            null);
    assertThat(rules.validate(in, TODAY).errors())
        .extracting(Problem.Violation::message)
        .containsExactly(
            "所在镇街“淮安某街道”不属于所填区县"
                .replace("淮安某街道", ReferenceData.bundled().town("320812001").orElseThrow().name()));
  }

  @Test
  void yearsInTheNicheCannotExceedTheEnterprisesAge() {
    var in =
        new ProfileInput(
            "91320800MA1MG4YK62",
            "淮安某公司",
            LocalDate.of(2022, 1, 1),
            "320803",
            null,
            null,
            null,
            "1311",
            null,
            null,
            10,
            null,
            null);
    assertThat(rules.validate(in, TODAY).errors())
        .extracting(Problem.Violation::field)
        .containsExactly("nicheYears");
  }

  @Test
  void aContactNeedsAPhoneOrAnEmailAndAtMostFiveContacts() {
    var noWay =
        new ProfileInput(
            "91320800MA1MG4YK62",
            "淮安某公司",
            null,
            "320803",
            null,
            null,
            null,
            "1311",
            null,
            null,
            null,
            null,
            List.of(new Contact("李雷", null, null, null)));
    assertThat(rules.validate(noWay, TODAY).errors())
        .extracting(Problem.Violation::message)
        .containsExactly("第 1 位联系人的电话和电子邮箱至少填一项");
    var landline =
        new ProfileInput(
            "91320800MA1MG4YK62",
            "淮安某公司",
            null,
            "320803",
            null,
            null,
            null,
            "1311",
            null,
            null,
            null,
            null,
            List.of(new Contact("李雷", null, "0517-83661234", null)));
    assertThat(rules.validate(landline, TODAY).errors()).isEmpty();
    var six =
        new ProfileInput(
            "91320800MA1MG4YK62",
            "淮安某公司",
            null,
            "320803",
            null,
            null,
            null,
            "1311",
            null,
            null,
            null,
            null,
            java.util.Collections.nCopies(6, new Contact("李雷", null, "13905170001", null)));
    assertThat(rules.validate(six, TODAY).errors())
        .extracting(Problem.Violation::field)
        .containsExactly("contacts");
  }

  @Test
  void aDivisionCodeIsNotAClass() {
    var in =
        new ProfileInput(
            "91320800MA1MG4YK62",
            "淮安某公司",
            null,
            "320803",
            null,
            null,
            null,
            "34",
            null,
            null,
            null,
            null,
            null);
    assertThat(rules.validate(in, TODAY).errors())
        .extracting(Problem.Violation::field)
        .containsExactly("industryCode");
  }
}
