package cn.gov.huaian.zjtx.enterprise.commissioners;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A commissioner's visit to an enterprise (走访记录), with the technology needs heard. */
@Entity
@Table(name = "commissioner_visit")
public class Visit extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "enterprise_id", nullable = false)
  public UUID enterpriseId;

  @Column(name = "commissioner_subject", nullable = false)
  public String commissionerSubject;

  @Column(name = "commissioner_name")
  public String commissionerName;

  @Column(name = "visited_on", nullable = false)
  public LocalDate visitedOn;

  /** on-site 上门走访, phone 电话, online 线上. */
  @Column(nullable = false)
  public String mode;

  @Column(nullable = false)
  public String summary;

  @Column(name = "tech_needs")
  public String techNeeds;

  @Column(name = "follow_up")
  public String followUp;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();
}
