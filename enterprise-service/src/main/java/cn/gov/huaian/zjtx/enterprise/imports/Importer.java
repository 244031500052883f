package cn.gov.huaian.zjtx.enterprise.imports;

import cn.gov.huaian.zjtx.enterprise.figures.Figures;
import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseRegistry;
import cn.gov.huaian.zjtx.enterprise.registry.Profile;
import cn.gov.huaian.zjtx.platform.imports.ImportJobs;
import cn.gov.huaian.zjtx.platform.imports.Sheets;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Runs import jobs, one at a time, off the request thread: parse, validate every row with the API's
 * rules, write valid rows in chunks (each chunk its own transaction, so progress is visible and a
 * bad row never sinks its neighbours), and keep a row-level error report. A job interrupted by a
 * restart is marked failed; re-importing the same file is safe (upsert, unchanged rows are no-ops).
 */
@ApplicationScoped
public class Importer {
  private static final Logger LOG = Logger.getLogger(Importer.class);
  public static final String ENTERPRISES = "enterprises";
  public static final String FIGURES = "figures";
  static final int CHUNK = 2_000;
  static final int MAX_ERRORS = 10_000;

  private final BulkWriter writer;
  private final AgroalDataSource dataSource;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("import-", 0).factory());
  private final ExecutorService preparer =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("import-prepare").daemon().factory());

  public Importer(BulkWriter writer, AgroalDataSource dataSource) {
    this.writer = writer;
    this.dataSource = dataSource;
  }

  void interruptedJobsFailed(@Observes StartupEvent e) {
    ImportJobs.failInterrupted(ImportJob.class);
  }

  void stop(@Observes ShutdownEvent e) {
    executor.shutdownNow();
    preparer.shutdownNow();
  }

  /** Records a job and starts it; returns at once. */
  public ImportJob submit(String kind, String filename, byte[] bytes, String by) {
    ImportJob job = ImportJobs.record(ImportJob::new, kind, filename, by);
    executor.submit(() -> run(job.id, kind, filename, bytes));
    return job;
  }

  /**
   * Records a job and runs it in the calling thread (benchmarks, command-line loads); returns the
   * job id.
   */
  public UUID runNow(String kind, String filename, byte[] bytes, String by) {
    UUID id = ImportJobs.record(ImportJob::new, kind, filename, by).id;
    run(id, kind, filename, bytes);
    return id;
  }

  /** Runs a recorded job in the calling thread. */
  public void run(UUID jobId, String kind, String filename, byte[] bytes) {
    try {
      List<List<String>> rows;
      try {
        rows = Sheets.read(bytes, filename, ".xlsx 或 .csv");
      } catch (Sheets.Unreadable u) {
        finish(jobId, ImportJob.FAILED, u.getMessage());
        return;
      }
      int first = Sheets.firstFilled(rows);
      if (first < 0) {
        finish(jobId, ImportJob.FAILED, "文件为空");
        return;
      }
      rows = rows.subList(first, rows.size());
      boolean enterprises = ENTERPRISES.equals(kind);
      Columns.Mapping mapping =
          Columns.map(rows.get(0), enterprises ? Columns.ENTERPRISE : Columns.FIGURES);
      List<String> missing =
          enterprises
              ? RowMapping.missingEnterpriseColumns(mapping)
              : RowMapping.missingFigureColumns(mapping);
      if (!missing.isEmpty()) {
        finish(jobId, ImportJob.FAILED, "缺少必需的列：" + String.join("、", missing) + "（第 1 行应为表头）");
        return;
      }
      List<List<String>> data = rows.subList(1, rows.size());
      int total = data.size();
      ImportJobs.start(ImportJob.class, jobId, total, mapping.ignored());
      RowMapping rules =
          new RowMapping(ReferenceData.bundled(), LocalDate.now(EnterpriseRegistry.ZONE));
      int[] counts = new int[4]; // created, updated, unchanged, failed
      // Reading and validating the next chunk (CPU, this JVM) overlaps with writing this one
      // (mostly PostgreSQL).
      java.util.function.IntFunction<java.util.concurrent.CompletableFuture<Prepared>> prepare =
          start ->
              java.util.concurrent.CompletableFuture.supplyAsync(
                  () -> {
                    List<List<String>> chunk = data.subList(start, Math.min(total, start + CHUNK));
                    return enterprises
                        ? prepareEnterprises(mapping, rules, chunk, start)
                        : prepareFigures(mapping, rules, chunk, start);
                  },
                  preparer);
      var next = prepare.apply(0);
      for (int start = 0; start < total; start += CHUNK) {
        Prepared p = next.join();
        if (start + CHUNK < total) {
          next = prepare.apply(start + CHUNK);
        }
        List<Object[]> errors = new ArrayList<>(p.errors());
        BulkWriter.Outcome outcome =
            enterprises ? writeEnterprises(p) : writeFigures(mapping, p, errors);
        counts[0] += outcome.created();
        counts[1] += outcome.updated();
        counts[2] += outcome.unchanged();
        counts[3] += (int) errors.stream().map(e -> e[0]).distinct().count();
        progress(jobId, Math.min(total, start + CHUNK), counts, errors);
      }
      finish(
          jobId, ImportJob.DONE, counts[3] == 0 ? "导入完成" : "导入完成，" + counts[3] + " 行有错误未导入，其余行已导入");
    } catch (Exception e) {
      LOG.errorf(e, "导入任务 %s 失败", jobId);
      finish(jobId, ImportJob.FAILED, "导入过程中出错，已导入的行保留；请稍后重试");
    }
  }

  /** A chunk read and validated, ready to write. */
  record Prepared(
      List<Profile> profiles,
      List<Map.Entry<String, Figures>> figures,
      Map<String, Integer> rowOf,
      List<Object[]> errors) {}

  private static Prepared prepareEnterprises(
      Columns.Mapping m, RowMapping rules, List<List<String>> chunk, int offset) {
    Map<String, Profile> byCode = new java.util.LinkedHashMap<>();
    Map<String, Integer> firstRow = new HashMap<>();
    List<Object[]> errors = new ArrayList<>();
    eachValidRow(
        chunk,
        offset,
        cells -> rules.profile(m, cells),
        errors,
        (rowNo, row) -> {
          String code = row.profile().creditCode();
          if (byCode.putIfAbsent(code, row.profile()) != null) {
            errors.add(
                new Object[] {
                  rowNo,
                  m.get("creditCode").get().header(),
                  "统一社会信用代码与第 " + firstRow.get(code) + " 行重复，本行未导入"
                });
          } else {
            firstRow.put(code, rowNo);
          }
        });
    return new Prepared(new ArrayList<>(byCode.values()), List.of(), firstRow, errors);
  }

  /**
   * Reads each filled row of a chunk (numbered as in the file: the header is row 1); a row with
   * errors goes to the report, a valid one to {@code valid}.
   */
  private static <R extends RowMapping.Checked> void eachValidRow(
      List<List<String>> chunk,
      int offset,
      java.util.function.Function<List<String>, R> read,
      List<Object[]> errors,
      java.util.function.BiConsumer<Integer, R> valid) {
    for (int i = 0; i < chunk.size(); i++) {
      int rowNo = offset + i + 2;
      List<String> cells = chunk.get(i);
      if (Sheets.blank(cells)) {
        continue;
      }
      R row = read.apply(cells);
      if (row.errors().isEmpty()) {
        valid.accept(rowNo, row);
      } else {
        row.errors().forEach(e -> errors.add(new Object[] {rowNo, e.column(), e.message()}));
      }
    }
  }

  private BulkWriter.Outcome writeEnterprises(Prepared p) throws Exception {
    return p.profiles().isEmpty()
        ? new BulkWriter.Outcome(0, 0, 0)
        : writer.enterprises(p.profiles());
  }

  private static Prepared prepareFigures(
      Columns.Mapping m, RowMapping rules, List<List<String>> chunk, int offset) {
    Map<String, Map.Entry<String, Figures>> byKey = new java.util.LinkedHashMap<>();
    Map<String, Integer> rowOf = new HashMap<>();
    List<Object[]> errors = new ArrayList<>();
    eachValidRow(
        chunk,
        offset,
        cells -> rules.figures(m, cells),
        errors,
        (rowNo, row) -> {
          String key = row.creditCode() + "/" + row.figures().year();
          byKey.put(key, new AbstractMap.SimpleEntry<>(row.creditCode(), row.figures()));
          rowOf.put(key, rowNo);
        });
    return new Prepared(List.of(), new ArrayList<>(byKey.values()), rowOf, errors);
  }

  private BulkWriter.Outcome writeFigures(Columns.Mapping m, Prepared p, List<Object[]> errors)
      throws Exception {
    if (p.figures().isEmpty()) {
      return new BulkWriter.Outcome(0, 0, 0);
    }
    var registered =
        writer.registered(p.figures().stream().map(Map.Entry::getKey).distinct().toList());
    List<Map.Entry<String, Figures>> known = new ArrayList<>();
    for (var e : p.figures()) {
      if (registered.contains(e.getKey())) {
        known.add(e);
      } else {
        errors.add(
            new Object[] {
              p.rowOf().get(e.getKey() + "/" + e.getValue().year()),
              m.get("creditCode").get().header(),
              "统一社会信用代码未登记，请先导入企业名单"
            });
      }
    }
    return known.isEmpty() ? new BulkWriter.Outcome(0, 0, 0) : writer.figures(known);
  }

  private void progress(UUID jobId, int done, int[] counts, List<Object[]> errors) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ImportJob job = ImportJob.findById(jobId);
              job.done = done;
              job.created = counts[0];
              job.updated = counts[1];
              job.unchanged = counts[2];
              job.failed = counts[3];
              if (!errors.isEmpty()) {
                long stored =
                    ((Number)
                            ImportJob.getEntityManager()
                                .createNativeQuery(
                                    "select count(*) from import_error where job_id = ?1")
                                .setParameter(1, jobId)
                                .getSingleResult())
                        .longValue();
                int room = (int) Math.max(0, MAX_ERRORS - stored);
                if (room > 0) {
                  try (Connection c = dataSource.getConnection();
                      PreparedStatement st =
                          c.prepareStatement(
                              "insert into import_error (job_id, row_no, column_name, message) values (?, ?, ?, ?)")) {
                    for (Object[] e : errors.subList(0, Math.min(room, errors.size()))) {
                      st.setObject(1, jobId);
                      st.setInt(2, (Integer) e[0]);
                      st.setString(3, (String) e[1]);
                      st.setString(4, (String) e[2]);
                      st.addBatch();
                    }
                    st.executeBatch();
                  } catch (java.sql.SQLException ex) {
                    throw new IllegalStateException(ex);
                  }
                }
              }
            });
  }

  private void finish(UUID jobId, String status, String message) {
    ImportJobs.finish(ImportJob.class, jobId, status, message);
  }
}
