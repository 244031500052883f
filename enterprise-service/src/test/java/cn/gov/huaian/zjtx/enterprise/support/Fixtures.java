package cn.gov.huaian.zjtx.enterprise.support;

import cn.gov.huaian.zjtx.enterprise.registry.CreditCode;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies for tests. */
public final class Fixtures {
  private static final AtomicInteger SEQ = new AtomicInteger(1000);

  private Fixtures() {}

  /** A fresh valid credit code of a Huai'an enterprise. */
  public static String creditCode() {
    return CreditCode.withCheck(String.format("91320800MA%07d", SEQ.incrementAndGet()));
  }

  /** A complete, valid profile. */
  public static Map<String, Object> profile(String creditCode, String name) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("creditCode", creditCode);
    p.put("name", name);
    p.put("foundedOn", "2012-05-18");
    p.put("districtCode", "320812");
    p.put("townCode", "320812001");
    p.put("park", "high-tech-zone");
    p.put("address", "淮安市清江浦区深圳路 8 号");
    p.put("industryCode", "3491");
    p.put("mainProduct", "焊接机器人");
    p.put("nicheMarket", "汽车零部件焊接自动化");
    p.put("nicheYears", 8);
    p.put("chainPosition", "midstream");
    p.put(
        "contacts",
        List.of(
            Map.of(
                "name",
                "王敏",
                "title",
                "总经理",
                "phone",
                "13905170001",
                "email",
                "wangmin@example.com")));
    return p;
  }

  public static Map<String, Object> profile() {
    return profile(creditCode(), "淮安测试智能装备有限公司" + SEQ.incrementAndGet());
  }

  /** Registers {@code profile} through the API as admin-demo; returns the new enterprise's id. */
  public static String register(Map<String, Object> profile) {
    return io.restassured.RestAssured.given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(io.restassured.http.ContentType.JSON)
        .body(profile)
        .when()
        .post("/api/v1/enterprises")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
