package cn.gov.huaian.zjtx.gateway.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user disabled by an admin, kept until every token issued before has expired. */
@Entity
@Table(name = "revoked_user")
public class RevokedUser extends PanacheEntityBase {
  @Id
  @Column(name = "user_id")
  public String userId;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  public Instant until;
}
