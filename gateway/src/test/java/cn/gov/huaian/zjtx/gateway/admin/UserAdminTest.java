package cn.gov.huaian.zjtx.gateway.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.gov.huaian.zjtx.gateway.admin.audit.AdminAudit;
import cn.gov.huaian.zjtx.gateway.support.EchoUpstream;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.admin.client.Keycloak;

/** Admins manage users in the real Keycloak through the gateway; nobody else may. */
@QuarkusTest
@Tag("servers")
class UserAdminTest {
  @Inject Keycloak keycloak;
  final List<String> created = new ArrayList<>();

  @AfterEach
  void removeCreatedUsers() {
    created.forEach(id -> keycloak.realm("zjtx").users().delete(id).close());
  }

  private static String uniqueName() {
    return "t-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private String create(Map<String, Object> body) {
    String id =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .contentType("application/json")
            .body(body)
            .when()
            .post("/api/v1/admin/users")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    created.add(id);
    return id;
  }

  @Test
  void anAdminCreatesAnEnterpriseUserBoundToItsEnterpriseAndTheWriteIsAudited() {
    String name = uniqueName();
    UUID enterprise = UUID.randomUUID();
    String id =
        create(
            Map.of(
                "username",
                name,
                "displayName",
                "测试企业用户",
                "role",
                "enterprise",
                "enterpriseId",
                enterprise.toString(),
                "initialPassword",
                "Init@12345"));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/admin/users/" + id)
        .then()
        .statusCode(200)
        .body("username", equalTo(name))
        .body("roles", contains("enterprise"))
        .body("enterpriseId", equalTo(enterprise.toString()))
        .body("enabled", equalTo(true));
    long audited =
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
            .call(() -> AdminAudit.count("target = ?1 and action = 'user.created'", id));
    org.assertj.core.api.Assertions.assertThat(audited).isEqualTo(1);
  }

  @Test
  void bindingToAnEnterpriseThatDoesNotExistIsRefusedAndNothingIsCreated() {
    String name = uniqueName();
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType("application/json")
        .body(
            Map.of(
                "username",
                name,
                "displayName",
                "不存在的企业",
                "role",
                "enterprise",
                "enterpriseId",
                EchoUpstream.MISSING_ID))
        .when()
        .post("/api/v1/admin/users")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("enterpriseId"));
    org.assertj.core.api.Assertions.assertThat(
            keycloak.realm("zjtx").users().searchByUsername(name, true))
        .isEmpty();
  }

  @Test
  void anEnterpriseUserWithoutEnterpriseIsRefused() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType("application/json")
        .body(Map.of("username", uniqueName(), "displayName", "缺少绑定", "role", "enterprise"))
        .when()
        .post("/api/v1/admin/users")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("enterpriseId"));
  }

  @Test
  void invalidFieldsAreNamedInChinese() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType("application/json")
        .body(Map.of("username", "X", "displayName", "", "role", "superuser"))
        .when()
        .post("/api/v1/admin/users")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("username"))
        .body("violations.field", hasItem("role"))
        .body(
            "violations.find { it.field == 'role' }.message",
            equalTo("角色须为 enterprise、university、expert、commissioner 或 admin 之一"));
  }

  @Test
  void aTakenUsernameIs409() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType("application/json")
        .body(Map.of("username", "ent-demo", "displayName", "重名", "role", "commissioner"))
        .when()
        .post("/api/v1/admin/users")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void disablingAndReEnablingReachKeycloak() {
    String name = uniqueName();
    String id = create(Map.of("username", name, "displayName", "服务专员测试", "role", "commissioner"));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .post("/api/v1/admin/users/" + id + "/disable")
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));
    org.assertj.core.api.Assertions.assertThat(
            keycloak.realm("zjtx").users().get(id).toRepresentation().isEnabled())
        .isFalse();
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .post("/api/v1/admin/users/" + id + "/enable")
        .then()
        .statusCode(200)
        .body("enabled", equalTo(true));
  }

  @Test
  void aDisabledUsersStillValidTokenIsRefusedAtOnceAndAcceptedAgainWhenReEnabled() {
    String name = uniqueName();
    String id = create(Map.of("username", name, "displayName", "停用测试专员", "role", "commissioner"));
    var password = new org.keycloak.representations.idm.CredentialRepresentation();
    password.setType("password");
    password.setValue("Disable@2025");
    password.setTemporary(false);
    keycloak.realm("zjtx").users().get(id).resetPassword(password);
    String token =
        new io.quarkus.test.keycloak.client.KeycloakTestClient()
            .getAccessToken(name, "Disable@2025", "zjtx-portal");
    given().auth().oauth2(token).when().get("/api/v1/enterprises/abc").then().statusCode(200);
    given()
        .auth()
        .oauth2(token)
        .when()
        .get("/api/v1/enterprises/abc")
        .then()
        .statusCode(200); // now cached

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .post("/api/v1/admin/users/" + id + "/disable")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(token)
        .when()
        .get("/api/v1/enterprises/abc")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("title", equalTo("账号已停用"));
    given()
        .auth()
        .oauth2(token)
        .when()
        .get("/api/v1/admin/enterprises/" + UUID.randomUUID() + "/overview")
        .then()
        .statusCode(401);

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .post("/api/v1/admin/users/" + id + "/enable")
        .then()
        .statusCode(200);
    given().auth().oauth2(token).when().get("/api/v1/enterprises/abc").then().statusCode(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ent-demo", "uni-demo", "expert-demo", "comm-demo"})
  void otherRolesGet403(String user) {
    given()
        .auth()
        .oauth2(Tokens.of(user))
        .when()
        .get("/api/v1/admin/users")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void withoutTokenIs401() {
    given()
        .when()
        .get("/api/v1/admin/users")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void anUnknownUserIs404() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/admin/users/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
