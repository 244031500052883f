package cn.gov.huaian.zjtx.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.huaian.zjtx.platform.messaging.SnapshotReceipts.Delivery;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SnapshotReceiptsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final UUID ENTERPRISE = UUID.fromString("0a6e3c1e-5b1f-4d6a-9b0e-000000000001");

  private static ObjectNode event(String type, String enterpriseId) {
    ObjectNode e = JSON.createObjectNode();
    e.put("id", UUID.randomUUID().toString());
    e.put("type", type);
    e.put("enterpriseId", enterpriseId);
    e.put("version", 7);
    e.putObject("data").put("name", "淮安智造示范装备有限公司");
    return e;
  }

  @Test
  void registeredAndChangedAreSnapshotsOfTheirEnterprise() {
    Delivery changed = Delivery.of(event("enterprise.changed", ENTERPRISE.toString()));
    assertThat(changed.isSnapshot()).isTrue();
    assertThat(changed.enterpriseId()).isEqualTo(ENTERPRISE);
    assertThat(changed.version()).isEqualTo(7);
    assertThat(changed.data().path("name").asText()).isEqualTo("淮安智造示范装备有限公司");
    assertThat(Delivery.of(event("enterprise.registered", ENTERPRISE.toString())).isSnapshot())
        .isTrue();
  }

  @Test
  void otherTypesAndUnknownEnterprisesAreOnlyRecorded() {
    assertThat(Delivery.of(event("enterprise.tier-certified", ENTERPRISE.toString())).isSnapshot())
        .isFalse();
    Delivery malformed = Delivery.of(event("enterprise.changed", "not-a-uuid"));
    assertThat(malformed.enterpriseId()).isNull();
    assertThat(malformed.isSnapshot()).isFalse();
  }

  @Test
  void anEventWithoutAUsableIdIsBadContent() {
    ObjectNode e = event("enterprise.changed", ENTERPRISE.toString());
    e.put("id", "42");
    assertThatThrownBy(() -> Delivery.of(e)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMissingVersionReadsAsMinusOne() {
    ObjectNode e = event("enterprise.changed", ENTERPRISE.toString());
    e.remove("version");
    assertThat(Delivery.of(e).version()).isEqualTo(-1);
  }
}
