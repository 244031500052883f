package cn.gov.huaian.zjtx.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.platform.validation.Violations;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonBoundsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonBounds bounds = new JsonBounds(1024, 3, 10);

  private Violations check(String json) throws Exception {
    var v = new Violations();
    bounds.check(v, "form", "申报表", JSON.readTree(json));
    return v;
  }

  @Test
  void withinTheBoundsNothingIsSaid() throws Exception {
    assertThat(check("{\"a\":{\"b\":[1,2]},\"c\":\"张三\"}").list()).isEmpty();
  }

  @Test
  void tooDeep() throws Exception {
    var v = check("{\"a\":{\"b\":{\"c\":{\"d\":1}}}}");
    assertThat(v.list()).singleElement().satisfies(x -> assertThat(x.field()).isEqualTo("form"));
    assertThat(v.list().getFirst().message()).contains("嵌套层数不能超过 3 层");
  }

  @Test
  void tooManyValues() throws Exception {
    assertThat(check("[1,2,3,4,5,6,7,8,9,10,11]").list().getFirst().message())
        .contains("不能超过 10 个");
  }

  @Test
  void tooLarge() throws Exception {
    var v = check("{\"a\":\"" + "很".repeat(400) + "\"}");
    assertThat(v.list().getFirst().message()).contains("不能超过 1.0 KB");
  }
}
