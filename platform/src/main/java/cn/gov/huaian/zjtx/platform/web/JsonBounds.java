package cn.gov.huaian.zjtx.platform.web;

import cn.gov.huaian.zjtx.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Bounds for free JSON a user sends and the platform stores (an application's form): its size as
 * stored, how deep it nests and how many values it holds. Without them 15 MB forms were accepted
 * and an admin's list of applications grew to 7.5 MB (issue 14).
 *
 * @param maxBytes largest size of the compact JSON, in UTF-8 bytes
 * @param maxDepth deepest nesting of objects and arrays (the top object is depth 1)
 * @param maxValues most values (object members and array items, counted at every level)
 */
public record JsonBounds(int maxBytes, int maxDepth, int maxValues) {

  /** Adds a violation for {@code field} when {@code node} exceeds the bounds. */
  public void check(Violations v, String field, String label, JsonNode node) {
    if (node == null) {
      return;
    }
    int[] values = {0};
    int depth = depth(node, 0, values);
    if (depth > maxDepth) {
      v.add(field, label + "嵌套层数不能超过 " + maxDepth + " 层（当前 " + depth + " 层）");
      return;
    }
    if (values[0] > maxValues) {
      v.add(field, label + "的填写项不能超过 " + maxValues + " 个（当前 " + values[0] + " 个）");
      return;
    }
    int bytes = node.toString().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxBytes) {
      v.add(field, label + "不能超过 " + kb(maxBytes) + "（当前 " + kb(bytes) + "）");
    }
  }

  /** Depth of {@code node}; stops descending (and counting) past the bound. */
  private int depth(JsonNode node, int above, int[] values) {
    if (!node.isContainerNode()) {
      return above;
    }
    int here = above + 1;
    if (here > maxDepth) {
      return here;
    }
    int deepest = here;
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        values[0]++;
        deepest = Math.max(deepest, depth(member.getValue(), here, values));
      }
    } else {
      for (JsonNode item : node) {
        values[0]++;
        deepest = Math.max(deepest, depth(item, here, values));
      }
    }
    return deepest;
  }

  private static String kb(int bytes) {
    return bytes >= 10 * 1024 ? (bytes / 1024) + " KB" : String.format("%.1f KB", bytes / 1024.0);
  }
}
