package cn.gov.huaian.zjtx.enterprise.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.enterprise.support.DemoIds;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Loading the demo dataset into the real database, twice. */
@QuarkusTest
@Tag("servers")
class DemoLoaderTest {
  @Inject DemoLoader loader;

  @Test
  void loadsOnceAndBindsTheDemoUsers() throws Exception {
    Db.reset();
    assertThat(loader.loadIfEmpty(400, 11)).isEqualTo(400);
    assertThat(loader.loadIfEmpty(400, 11)).isZero();
    assertThat(Db.count("select count(*) from enterprise")).isEqualTo(400);
    assertThat(Db.count("select count(*) from year_figures")).isEqualTo(1200);
    assertThat(Db.count("select count(distinct district_code) from enterprise")).isEqualTo(8);
    assertThat(Db.count("select count(*) from outbox where type = 'enterprise.registered'"))
        .isEqualTo(400);

    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/enterprises")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(DemoIds.ENT_DEMO.toString()))
        .body("items[0].tier", equalTo("srdi-sme"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo-2"))
        .when()
        .get("/api/v1/enterprises/" + DemoIds.ENT_DEMO_2)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.of("comm-demo"))
        .when()
        .get("/api/v1/enterprises")
        .then()
        .statusCode(200)
        .body("total", greaterThanOrEqualTo(3));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/enterprises/" + DemoIds.ENT_DEMO + "/figures")
        .then()
        .statusCode(200)
        .body("size()", equalTo(3));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/dashboard/targets")
        .then()
        .statusCode(200)
        .body("targets.find { it.key == 'srdi-sme' }.actual", greaterThanOrEqualTo(20));
  }
}
