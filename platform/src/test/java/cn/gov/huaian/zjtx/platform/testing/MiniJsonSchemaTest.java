package cn.gov.huaian.zjtx.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The checker used by the contract tests catches what it must. */
class MiniJsonSchemaTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void catchesMissingExtraAndMistypedFields() throws Exception {
    var schema =
        json.readTree(
            """
        {"type":"object","additionalProperties":false,"required":["id","n"],
         "properties":{"id":{"type":"string","format":"uuid"},"n":{"type":["integer","null"],"minimum":0},
                       "k":{"enum":["a","b",null]},"xs":{"type":"array","items":{"type":"string","pattern":"^x"}}}}""");
    assertThat(
            MiniJsonSchema.errors(
                schema,
                json.readTree(
                    "{\"id\":\"0a6e3c1e-5b1f-4d6a-9b0e-000000000001\",\"n\":null,\"k\":null,\"xs\":[\"x1\"]}")))
        .isEmpty();
    assertThat(
            MiniJsonSchema.errors(
                schema,
                json.readTree("{\"id\":\"nope\",\"n\":-1,\"k\":\"c\",\"xs\":[\"y\"],\"extra\":1}")))
        .hasSize(5);
    assertThat(MiniJsonSchema.errors(schema, json.readTree("{\"n\":\"1\"}"))).hasSize(2);
  }
}
