package cn.gov.huaian.zjtx.matchmaking.experts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A university expert (专家) whom needs can be matched to. */
@Entity
@Table(name = "expert")
public class Expert extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "university_id", nullable = false)
  public UUID universityId;

  @Column(name = "team_id")
  public UUID teamId;

  @Column(nullable = false)
  public String name;

  public String college;

  /** 职称, e.g. 教授, 研究员, 副教授. */
  public String title;

  @Column(name = "research_directions")
  public String researchDirections;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> disciplines = new ArrayList<>();

  /** {@link cn.gov.huaian.zjtx.matchmaking.reference.Cluster} names the expert serves. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> clusters = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<Achievement> achievements = new ArrayList<>();

  /** How many cooperations at once. */
  @Column(nullable = false)
  public int capacity = 2;

  /** 产业经历: work in or for firms (挂职, 技术顾问, 横向课题), as the expert writes it. */
  @Column(name = "industry_experience")
  public String industryExperience;

  @Column(name = "willing_vice_president", nullable = false)
  public boolean willingVicePresident;

  /** Copied from the university on each write, for filtering and ranking without a join. */
  @Column(name = "in_huaian", nullable = false)
  public boolean inHuaian;

  @Column(name = "in_jiangsu", nullable = false)
  public boolean inJiangsu;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public float[] embedding;

  @Column(name = "embedding_hash")
  public String embeddingHash;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();

  /** 成果: a paper, patent or project. */
  public record Achievement(String kind, String title, Integer year) {}

  /** The text matching reads: directions first, then achievements' titles. */
  public String matchText() {
    return matchText(researchDirections, achievements);
  }

  /** The text matching reads of an expert with these directions and achievements. */
  public static String matchText(String researchDirections, List<Achievement> achievements) {
    var sb = new StringBuilder();
    sb.append(researchDirections == null ? "" : researchDirections);
    for (Achievement a : achievements) {
      if (a.title() != null) {
        sb.append('\n').append(a.title());
      }
    }
    return sb.toString().strip();
  }
}
