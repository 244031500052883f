package cn.gov.huaian.zjtx.matchmaking.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One document in a search index: segmented text for BM25 (whitespace field), the raw text for the
 * per-character standard field, structured fields for filters, and the stored vector.
 */
public record SearchDoc(
    UUID id,
    UUID owner,
    String textWs,
    String textStd,
    List<String> disciplines,
    List<String> clusters,
    String status,
    boolean inHuaian,
    boolean inJiangsu,
    float[] vector) {

  Map<String, Object> source() {
    var m = new HashMap<String, Object>();
    m.put("id", id.toString());
    m.put("owner", owner == null ? null : owner.toString());
    m.put("text_ws", textWs);
    m.put("text_std", textStd);
    m.put("disciplines", disciplines);
    m.put("clusters", clusters);
    m.put("status", status);
    m.put("in_huaian", inHuaian);
    m.put("in_jiangsu", inJiangsu);
    if (vector != null) {
      m.put("vector", vector);
    }
    return m;
  }
}
