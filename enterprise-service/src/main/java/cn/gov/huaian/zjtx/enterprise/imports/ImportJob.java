package cn.gov.huaian.zjtx.enterprise.imports;

import cn.gov.huaian.zjtx.platform.imports.ImportJobRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An import job: its progress (rows done / total) and outcome counts. */
@Entity
@Table(name = "import_job")
public class ImportJob extends ImportJobRecord {}
