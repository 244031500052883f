package cn.gov.huaian.zjtx.enterprise.registry;

import cn.gov.huaian.zjtx.enterprise.reference.Park;
import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.platform.problem.Problem;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validates an enterprise profile against the reference data. Plain Java; every error names the
 * field and says in Chinese what is wrong, and all errors of a request are reported together.
 */
public final class ProfileRules {
  static final int MAX_CONTACTS = 5;
  private static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1900, 1, 1);
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[A-Za-z]{2,}");

  private final ReferenceData reference;

  public ProfileRules(ReferenceData reference) {
    this.reference = reference;
  }

  /** The result: a profile when {@code errors} is empty. */
  public record Result(Profile profile, List<Problem.Violation> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  public Result validate(ProfileInput in, LocalDate today) {
    Violations errors = new Violations();
    if (in == null) {
      return new Result(null, errors.add("body", "请求体不能为空").list());
    }
    String creditCode = CreditCode.normalize(in.creditCode());
    CreditCode.problem(creditCode).ifPresent(p -> errors.add("creditCode", p));
    String name = errors.requiredName("name", "企业名称", in.name(), 2, 100);

    LocalDate founded = in.foundedOn();
    if (founded != null && founded.isAfter(today)) {
      errors.add("foundedOn", "成立日期不能晚于今天");
    } else if (founded != null && founded.isBefore(EARLIEST_FOUNDING)) {
      errors.add("foundedOn", "成立日期不能早于 1900 年");
    }

    String district = blankToNull(in.districtCode());
    if (district == null) {
      errors.add("districtCode", "所在区县不能为空");
    } else if (reference.district(district).isEmpty()) {
      errors.add("districtCode", "所在区县代码“" + district + "”不是淮安市的区县");
    }
    String town = blankToNull(in.townCode());
    if (town != null) {
      var found = reference.town(town);
      if (found.isEmpty()) {
        errors.add("townCode", "所在镇街代码“" + town + "”不存在");
      } else if (district != null && !found.get().districtCode().equals(district)) {
        errors.add("townCode", "所在镇街“" + found.get().name() + "”不属于所填区县");
      }
    }

    Park park = null;
    if (blankToNull(in.park()) != null) {
      park = Park.of(in.park()).orElse(null);
      if (park == null) {
        errors.add("park", "所在园区应为经开区、高新区、工业园区、生态文旅区之一，或不填");
      }
    }
    String address = errors.optionalText("address", "地址", in.address(), 200);

    String industry = blankToNull(in.industryCode());
    if (industry == null) {
      errors.add("industryCode", "行业分类代码不能为空");
    } else if (reference.industryClass(industry).isEmpty()) {
      errors.add("industryCode", "行业分类代码“" + industry + "”不是 GB/T 4754-2017 的小类（4 位）代码");
    }

    String mainProduct = errors.optionalText("mainProduct", "主导产品", in.mainProduct(), 100);
    String niche = errors.optionalText("nicheMarket", "细分市场", in.nicheMarket(), 100);
    Integer nicheYears = errors.range("nicheYears", "从事细分市场年限", in.nicheYears(), 0, 100, " 年");
    if (nicheYears != null
        && founded != null
        && !founded.isAfter(today)
        && nicheYears > today.getYear() - founded.getYear() + 1) {
      errors.add("nicheYears", "从事细分市场年限不能超过企业成立年限");
    }

    ChainPosition position = null;
    if (blankToNull(in.chainPosition()) != null) {
      position = ChainPosition.of(in.chainPosition()).orElse(null);
      if (position == null) {
        errors.add("chainPosition", "产业链位置应为上游（upstream）、中游（midstream）或下游（downstream）");
      }
    }

    List<Contact> contacts = contacts(in.contacts(), errors);
    if (!errors.isEmpty()) {
      return new Result(null, errors.list());
    }
    return new Result(
        new Profile(
            creditCode,
            name,
            founded,
            district,
            town,
            park,
            address,
            industry,
            mainProduct,
            niche,
            nicheYears,
            position,
            contacts),
        List.of());
  }

  private static List<Contact> contacts(List<Contact> given, Violations errors) {
    List<Contact> out = new ArrayList<>();
    if (given == null) {
      return out;
    }
    if (given.size() > MAX_CONTACTS) {
      errors.add("contacts", "联系人至多 " + MAX_CONTACTS + " 人");
      return out;
    }
    for (int i = 0; i < given.size(); i++) {
      Contact c = given.get(i);
      String f = "contacts[" + i + "].";
      String label = "第 " + (i + 1) + " 位联系人的";
      if (c == null) {
        errors.add("contacts[" + i + "]", "第 " + (i + 1) + " 位联系人不能为空");
        continue;
      }
      String name = errors.requiredName(f + "name", label + "姓名", c.name(), 1, 30);
      String title = errors.optionalText(f + "title", label + "职务", c.title(), 30);
      String phone = blankToNull(c.phone());
      if (phone != null) {
        phone = phone.replace(" ", "");
        if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
          errors.add(f + "phone", label + "电话应为 11 位手机号或带区号的固定电话（如 0517-83660000）");
        }
      }
      String email = blankToNull(c.email());
      if (email != null && (!EMAIL.matcher(email).matches() || email.length() > 100)) {
        errors.add(f + "email", label + "电子邮箱格式不正确");
      }
      if (phone == null && email == null) {
        errors.add(f + "phone", label + "电话和电子邮箱至少填一项");
      }
      out.add(new Contact(name, title, phone, email));
    }
    return out;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
