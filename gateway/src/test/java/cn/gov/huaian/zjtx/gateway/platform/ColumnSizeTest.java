package cn.gov.huaian.zjtx.gateway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.gateway.admin.users.Binding;
import cn.gov.huaian.zjtx.gateway.admin.users.NewUser;
import cn.gov.huaian.zjtx.platform.architecture.ColumnSizes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every text a request can write fits its column (issue 14): see {@link ColumnSizes}. The gateway's
 * own tables hold only what it writes itself (audit, revocations).
 */
class ColumnSizeTest {
  static final List<Class<?>> CLASSES = ColumnSizes.mainClasses("cn.gov.huaian.zjtx.gateway");

  static final Map<Class<?>, String> BODIES =
      Map.of( // both go to Keycloak, not to a table here
          NewUser.class, ColumnSizes.NOT_STORED, Binding.class, ColumnSizes.NOT_STORED);

  static final Map<String, String> SYSTEM_SET =
      Map.of(
          "admin_audit.actor", "the admin's username from the token",
          "admin_audit.action", "an action name of ours",
          "admin_audit.target", "a user id or username checked by the admin API",
          "admin_audit.request_id", "a request id: at most 128 characters (RequestIdFilter)",
          "revoked_user.user_id", "a Keycloak user id");

  @Test
  void everyTextARequestWritesFitsItsColumn() {
    assertThat(
            ColumnSizes.problems(
                new ColumnSizes.Service(
                    Path.of("."), CLASSES, BODIES, Map.of(), Map.of(), SYSTEM_SET)))
        .isEmpty();
  }
}
