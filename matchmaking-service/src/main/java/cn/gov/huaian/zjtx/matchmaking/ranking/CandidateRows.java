package cn.gov.huaian.zjtx.matchmaking.ranking;

import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.needs.RegionPreference;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeed;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the re-ranker reads of the experts or needs a ranking retrieved (up to a few hundred per
 * request), straight from PostgreSQL. Loading them as entities cost three times as much at 100,000
 * experts (Hibernate boxes each of the 512 numbers of every vector and keeps a copy of it to check
 * for changes at commit), and nothing here is ever changed.
 */
@ApplicationScoped
public class CandidateRows {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Expert.Achievement>> ACHIEVEMENTS =
      new TypeReference<>() {};

  private final AgroalDataSource db;

  public CandidateRows(AgroalDataSource db) {
    this.db = db;
  }

  /** One expert as the ranking sees it. */
  public record ExpertRow(
      UUID id,
      String label,
      String text,
      List<String> disciplines,
      List<String> clusters,
      int capacity,
      boolean inHuaian,
      boolean inJiangsu,
      float[] vector) {}

  /** One open need as the ranking sees it. */
  public record NeedRow(
      UUID id,
      UUID enterpriseId,
      String title,
      String text,
      List<String> nsfcCodes,
      String cluster,
      RegionPreference regionPreference,
      float[] vector) {}

  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** The experts of those ids that exist, in no particular order. */
  public List<ExpertRow> experts(Collection<UUID> ids) {
    return rows(
        "select id, name, title, research_directions, achievements::text, disciplines, clusters,"
            + " capacity, in_huaian, in_jiangsu, array_send(embedding) from expert where id = any(?)",
        ids,
        CandidateRows::expert,
        "读取候选专家失败");
  }

  /** The needs of those ids that exist and are open, in no particular order. */
  public List<NeedRow> openNeeds(Collection<UUID> ids) {
    return rows(
        "select id, enterprise_id, title, public_summary, description, nsfc_codes, cluster,"
            + " region_preference, array_send(embedding) from tech_need"
            + " where id = any(?) and status = 'OPEN'",
        ids,
        CandidateRows::need,
        "读取候选需求失败");
  }

  private <T> List<T> rows(String sql, Collection<UUID> ids, RowReader<T> reader, String failure) {
    var out = new ArrayList<T>(ids.size());
    if (ids.isEmpty()) {
      return out;
    }
    try (var c = db.getConnection();
        var ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(failure, e);
    }
    return out;
  }

  private static NeedRow need(ResultSet rs) throws SQLException {
    String title = rs.getString(3);
    return new NeedRow(
        (UUID) rs.getObject(1),
        (UUID) rs.getObject(2),
        title,
        TechNeed.matchText(title, rs.getString(4), rs.getString(5)),
        strings(rs.getArray(6)),
        rs.getString(7),
        RegionPreference.valueOf(rs.getString(8)),
        vector(rs.getBytes(9)));
  }

  private static ExpertRow expert(ResultSet rs) throws SQLException {
    String title = rs.getString(3);
    List<Expert.Achievement> achievements;
    try {
      achievements = JSON.readValue(rs.getString(5), ACHIEVEMENTS);
    } catch (IOException e) {
      throw new SQLException("成果字段无法读取", e);
    }
    return new ExpertRow(
        (UUID) rs.getObject(1),
        rs.getString(2) + (title == null ? "" : "（" + title + "）"),
        Expert.matchText(rs.getString(4), achievements),
        strings(rs.getArray(6)),
        strings(rs.getArray(7)),
        rs.getInt(8),
        rs.getBoolean(9),
        rs.getBoolean(10),
        vector(rs.getBytes(11)));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  /**
   * A stored vector from PostgreSQL's binary form of a real[] ({@code select
   * array_send(embedding)}), read straight into floats: the driver's {@link Array} boxes each of
   * the 512 numbers (a small part of reading 200 candidates, most of which is PostgreSQL detoasting
   * them). Null for none; an array with a NULL element is not a vector. The one way this service
   * reads a stored vector.
   */
  static float[] vector(byte[] sent) throws SQLException {
    if (sent == null) {
      return null;
    }
    var in = java.nio.ByteBuffer.wrap(sent); // network byte order, as PostgreSQL sends it
    int dimensions = in.getInt();
    in.getInt(); // has nulls: each element's length says it
    in.getInt(); // element type (float4)
    if (dimensions == 0) {
      return new float[0];
    }
    if (dimensions != 1) {
      throw new SQLException("向量应为一维数组，实际为 " + dimensions + " 维");
    }
    int length = in.getInt();
    in.getInt(); // lower bound
    float[] v = new float[length];
    for (int i = 0; i < length; i++) {
      if (in.getInt() != Float.BYTES) {
        throw new SQLException("向量第 " + (i + 1) + " 个元素为空");
      }
      v[i] = in.getFloat();
    }
    return v;
  }
}
