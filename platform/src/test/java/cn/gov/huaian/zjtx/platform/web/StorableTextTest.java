package cn.gov.huaian.zjtx.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NUL and unpaired surrogates never get past reading a body. */
class StorableTextTest {
  record Body(String name, List<String> tags, JsonNode form) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    new StorableText().customize(JSON);
  }

  @Test
  void goodTextIsReadAsItIs() throws Exception {
    Body b =
        JSON.readValue(
            "{\"name\":\"数控\\ud83d\\ude00\",\"tags\":[\"a\"],\"form\":{\"k\":[\"v\"]}}",
            Body.class);
    assertThat(b.name()).isEqualTo("数控😀");
    assertThat(b.form().path("k").get(0).asText()).isEqualTo("v");
    assertThat(JSON.readValue("{\"form\":null}", Body.class).form().isNull()).isTrue();
  }

  @Test
  void badTextIsRefusedNamingTheField() {
    for (String json :
        List.of(
            "{\"name\":\"a\\ud800b\"}",
            "{\"name\":\"a\\u0000b\"}",
            "{\"tags\":[\"ok\",\"\\udc00\"]}",
            "{\"form\":{\"x\":[\"\\u0000\"]}}",
            "{\"form\":{\"\\ud800\":1}}")) {
      assertThatThrownBy(() -> JSON.readValue(json, Body.class))
          .as(json)
          .isInstanceOf(StorableText.BadText.class)
          .isInstanceOf(MismatchedInputException.class)
          .satisfies(
              e ->
                  assertThat(((MismatchedInputException) e).getPath().getFirst().getFieldName())
                      .isIn("name", "tags", "form"));
    }
  }
}
