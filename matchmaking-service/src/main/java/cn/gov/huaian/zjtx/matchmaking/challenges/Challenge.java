package cn.gov.huaian.zjtx.matchmaking.challenges;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One key technical problem on a 揭榜比拼 list, with its reward and deadline. */
@Entity
@Table(name = "challenge")
public class Challenge extends PanacheEntityBase {
  /** 揭榜中 → 评审中 → 已公布. */
  public enum Status {
    OPEN,
    SCORING,
    PUBLISHED
  }

  @Id public UUID id;

  @Column(name = "list_name", nullable = false)
  public String listName;

  @Column(nullable = false)
  public String title;

  @Column(nullable = false)
  public String description;

  @Column(nullable = false)
  public BigDecimal reward;

  @Column(nullable = false)
  public LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status = Status.OPEN;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();
}
