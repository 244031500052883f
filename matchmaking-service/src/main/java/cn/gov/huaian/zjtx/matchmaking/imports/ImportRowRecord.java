package cn.gov.huaian.zjtx.matchmaking.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of an import that a person should look at: an error (FAILED), a question (CONFIRM: the
 * university it names looks like one already registered under another name), or a default applied
 * (DEFAULTED); a CONFIRM row keeps its parsed cells so that the answer applies it without a new
 * upload, and then records what became of it (CREATED / UPDATED / UNCHANGED / FAILED).
 */
@Entity
@Table(name = "import_row")
public class ImportRowRecord extends PanacheEntityBase {
  public static final String FAILED = "FAILED";
  public static final String CONFIRM = "CONFIRM";
  public static final String DEFAULTED = "DEFAULTED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "job_id", nullable = false)
  public UUID jobId;

  @Column(name = "row_no", nullable = false)
  public int rowNo;

  @Column(nullable = false)
  public String status;

  @Column(name = "column_name")
  public String columnName;

  @Column(nullable = false)
  public String message;

  @Column(name = "candidate_id")
  public UUID candidateId;

  @Column(name = "candidate_name")
  public String candidateName;

  /** For a CONFIRM row: {@code values}, {@code headers} and {@code units} of the parsed row. */
  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Object> data;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;
}
