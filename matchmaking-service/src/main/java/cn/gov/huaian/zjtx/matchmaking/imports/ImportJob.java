package cn.gov.huaian.zjtx.matchmaking.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An import job: its progress (rows done / total) and the outcome of its rows. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {
  public static final String QUEUED = "queued";
  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String FAILED = "failed";

  @Id public UUID id;
  public String kind;
  public String filename;
  public String status;
  public int total;
  public int done;
  public int created;
  public int updated;
  public int unchanged;
  public int failed;

  /** Rows waiting for an admin's answer (疑似同一单位，请确认). */
  @Column(name = "to_confirm")
  public int toConfirm;

  /** Rows where a default filled what the file did not say. */
  public int defaulted;

  @Column(name = "ignored_columns")
  public String ignoredColumns;

  public String message;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;
}
