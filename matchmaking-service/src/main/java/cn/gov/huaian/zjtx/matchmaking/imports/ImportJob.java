package cn.gov.huaian.zjtx.matchmaking.imports;

import cn.gov.huaian.zjtx.platform.imports.ImportJobRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An import job: its progress (rows done / total) and the outcome of its rows. */
@Entity
@Table(name = "import_job")
public class ImportJob extends ImportJobRecord {
  /** Rows waiting for an admin's answer (疑似同一单位，请确认). */
  @Column(name = "to_confirm")
  public int toConfirm;

  /** Rows where a default filled what the file did not say. */
  public int defaulted;
}
