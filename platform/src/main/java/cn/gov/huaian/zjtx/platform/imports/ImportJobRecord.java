package cn.gov.huaian.zjtx.platform.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What every import job records: its kind and file, its state, its progress (rows done / total) and
 * the outcome counts. Each service's {@code ImportJob} entity extends it (table {@code import_job})
 * and adds its own counts.
 */
@MappedSuperclass
public abstract class ImportJobRecord extends PanacheEntityBase {
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
