package cn.gov.huaian.zjtx.matchmaking.search;

import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeed;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import cn.gov.huaian.zjtx.matchmaking.text.Segmenter;
import cn.gov.huaian.zjtx.matchmaking.text.TextHash;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Builds search documents from PostgreSQL rows. A row's vector is computed only when its text
 * changed since the stored one (hash), outside any transaction, and stored back without touching
 * the row's version, so a reindex reuses every stored vector.
 */
@ApplicationScoped
public class Documents {
  private final AgroalDataSource db;

  public Documents(AgroalDataSource db) {
    this.db = db;
  }

  /** Documents of the ids that exist, and the ids that do not (to delete from the index). */
  public record Batch(List<SearchDoc> docs, Set<UUID> missing) {}

  private record Source(
      UUID id,
      UUID owner,
      String text,
      List<String> disciplines,
      List<String> clusters,
      String status,
      boolean inHuaian,
      boolean inJiangsu,
      float[] vector,
      String hash) {}

  public Batch load(DocKind kind, Collection<UUID> ids) {
    List<Source> sources =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    kind == DocKind.NEED
                        ? TechNeed.<TechNeed>list("id in ?1", ids).stream()
                            .map(Documents::of)
                            .toList()
                        : Expert.<Expert>list("id in ?1", ids).stream()
                            .map(Documents::of)
                            .toList());
    var missing = new HashSet<>(ids);
    var docs = new ArrayList<SearchDoc>(sources.size());
    for (Source s : sources) {
      missing.remove(s.id());
      docs.add(document(kind, s));
    }
    return new Batch(docs, missing);
  }

  /** One page of all rows of a kind, ordered by id, for a full reindex. */
  public List<SearchDoc> page(DocKind kind, UUID after, int size) {
    // Keyset paging in PostgreSQL's uuid order (bytewise, unlike Java's signed UUID.compareTo).
    String where = after == null ? "order by id" : "id > ?1 order by id";
    Object[] params = after == null ? new Object[0] : new Object[] {after};
    List<Source> sources =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    kind == DocKind.NEED
                        ? TechNeed.<TechNeed>find(where, params).page(0, size).list().stream()
                            .map(Documents::of)
                            .toList()
                        : Expert.<Expert>find(where, params).page(0, size).list().stream()
                            .map(Documents::of)
                            .toList());
    return sources.stream().map(s -> document(kind, s)).toList();
  }

  private SearchDoc document(DocKind kind, Source s) {
    float[] vector = s.vector();
    String hash = TextHash.of(s.text());
    if (vector == null || !hash.equals(s.hash())) {
      vector = Embedder.shared().embedDocument(s.text());
      storeVector(kind, s.id(), vector, hash);
    }
    return new SearchDoc(
        s.id(),
        s.owner(),
        Segmenter.shared().segmented(s.text()),
        s.text(),
        s.disciplines(),
        s.clusters(),
        s.status(),
        s.inHuaian(),
        s.inJiangsu(),
        vector);
  }

  private static Source of(TechNeed n) {
    return new Source(
        n.id,
        n.enterpriseId,
        n.matchText(),
        List.copyOf(n.nsfcCodes),
        n.cluster == null ? List.of() : List.of(n.cluster),
        n.status.name(),
        false,
        false,
        n.embedding,
        n.embeddingHash);
  }

  private static Source of(Expert e) {
    return new Source(
        e.id,
        e.universityId,
        e.matchText(),
        List.copyOf(e.disciplines),
        List.copyOf(e.clusters),
        "OPEN",
        e.inHuaian,
        e.inJiangsu,
        e.embedding,
        e.embeddingHash);
  }

  void storeVector(DocKind kind, UUID id, float[] vector, String hash) {
    String table = kind == DocKind.NEED ? "tech_need" : "expert";
    try (var c = db.getConnection();
        var ps =
            c.prepareStatement(
                "update " + table + " set embedding = ?, embedding_hash = ? where id = ?")) {
      Float[] boxed = new Float[vector.length];
      for (int i = 0; i < vector.length; i++) {
        boxed[i] = vector[i];
      }
      ps.setArray(1, c.createArrayOf("float4", boxed));
      ps.setString(2, hash);
      ps.setObject(3, id);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("保存向量失败", e);
    }
  }
}
