package cn.gov.huaian.zjtx.platform.web;

import cn.gov.huaian.zjtx.platform.text.Texts;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Map;

/**
 * Every text read from a JSON body must be storable as it is: a NUL character (PostgreSQL refuses
 * it: a 500) or an unpaired UTF-16 surrogate (stored as '?' while the answer echoed the original)
 * makes the body a 400 {@code malformed-body} naming the field, before anything is written. Covers
 * string fields, lists of strings and free JSON ({@link JsonNode} fields such as an application's
 * form: values and keys).
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    SimpleModule module = new SimpleModule("zjtx-storable-text");
    module.addDeserializer(String.class, new Strings());
    module.addDeserializer(JsonNode.class, new Nodes());
    mapper.registerModule(module);
  }

  /** A text that cannot be stored; {@link #reason()} is Chinese. */
  public static final class BadText extends InvalidFormatException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    BadText(JsonParser p, String reason) {
      super(p, reason, null, String.class);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  static final class Strings extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    Strings() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = StringDeserializer.instance.deserialize(p, ctxt);
      if (s != null) {
        String reason = Texts.unstorableReason(s);
        if (reason != null) {
          throw new BadText(p, reason);
        }
      }
      return s;
    }
  }

  static final class Nodes extends JsonDeserializer<JsonNode> {
    @Override
    public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(p, ctxt);
      String reason = firstProblem(node);
      if (reason != null) {
        throw new BadText(p, reason);
      }
      return node;
    }

    @Override
    public JsonNode getNullValue(DeserializationContext ctxt) {
      return com.fasterxml.jackson.databind.node.NullNode.getInstance();
    }

    private static String firstProblem(JsonNode node) {
      if (node == null) {
        return null;
      }
      if (node.isTextual()) {
        return Texts.unstorableReason(node.textValue());
      }
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          String reason = Texts.unstorableReason(field.getKey());
          if (reason == null) {
            reason = firstProblem(field.getValue());
          }
          if (reason != null) {
            return reason;
          }
        }
      } else if (node.isArray()) {
        for (JsonNode item : node) {
          String reason = firstProblem(item);
          if (reason != null) {
            return reason;
          }
        }
      }
      return null;
    }
  }
}
