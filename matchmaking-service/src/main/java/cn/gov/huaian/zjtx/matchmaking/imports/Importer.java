package cn.gov.huaian.zjtx.matchmaking.imports;

import cn.gov.huaian.zjtx.platform.imports.ImportJobs;
import cn.gov.huaian.zjtx.platform.imports.Sheets;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Runs import jobs off the request thread, one at a time (the shape of enterprise-service's
 * importer): read the file, check the header, read and check every row with the API's rules, write
 * rows in chunks (each chunk one transaction, so progress shows and a row that fails at the
 * database is retried alone and never sinks its neighbours), and keep the rows a person should see
 * (errors, questions, defaults). A job cut off by a restart is marked failed; importing the same
 * file again is safe (natural keys: updates, never duplicates).
 */
@ApplicationScoped
public class Importer {
  private static final Logger LOG = Logger.getLogger(Importer.class);
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final int CHUNK = 200;
  static final int MAX_REPORTED = 10_000;

  private final ImportWriter writer;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("mm-import-", 0).factory());

  public Importer(ImportWriter writer) {
    this.writer = writer;
  }

  void interruptedJobsFailed(@Observes StartupEvent e) {
    ImportJobs.failInterrupted(ImportJob.class);
  }

  void stop(@Observes ShutdownEvent e) {
    executor.shutdownNow();
  }

  /** Records a job and starts it; returns at once. */
  public ImportJob submit(ImportKind kind, String filename, byte[] bytes, String by) {
    ImportJob job = record(kind, filename, by);
    executor.submit(() -> run(job.id, kind, filename, bytes, by));
    return job;
  }

  /** Records a job and runs it in the calling thread (tests, command-line loads). */
  public UUID runNow(ImportKind kind, String filename, byte[] bytes, String by) {
    UUID id = record(kind, filename, by).id;
    run(id, kind, filename, bytes, by);
    return id;
  }

  private static ImportJob record(ImportKind kind, String filename, String by) {
    return ImportJobs.record(ImportJob::new, kind.code(), filename, by);
  }

  /** One row read and checked: its number, and the parsed value or the errors. */
  record Prepared(ImportFile.Row row, ImportRows.Parsed<?> parsed) {}

  /** A row's outcome to count and, if a person should see it, to keep. */
  record Result(
      int row, ImportWriter.Outcome outcome, List<String> defaults, Map<String, Object> data) {}

  void run(UUID jobId, ImportKind kind, String filename, byte[] bytes, String actor) {
    try {
      ImportFile.Table table;
      try {
        table = ImportFile.read(bytes, filename, kind);
      } catch (Sheets.Unreadable u) {
        finish(jobId, ImportJob.FAILED, u.getMessage());
        return;
      }
      List<String> missing = missingColumns(table, kind);
      if (!missing.isEmpty()) {
        finish(jobId, ImportJob.FAILED, "缺少必需的列：" + String.join("、", missing) + "（第 1 行应为表头）");
        return;
      }
      int total = table.rows().size();
      ImportJobs.start(ImportJob.class, jobId, total, table.ignored());
      UniversityIndex known = writer.universities();
      LocalDate today = LocalDate.now(SHANGHAI);
      for (int start = 0; start < total; start += CHUNK) {
        List<Prepared> chunk = new ArrayList<>();
        for (ImportFile.Row row : table.rows().subList(start, Math.min(total, start + CHUNK))) {
          chunk.add(new Prepared(row, parse(kind, row, table, today)));
        }
        List<Result> results;
        try {
          UniversityIndex index = known;
          results =
              QuarkusTransaction.requiringNew().call(() -> write(kind, chunk, table, index, actor));
        } catch (RuntimeException e) {
          // A row the database refused: the chunk again, each row alone.
          LOG.warnf(
              "导入任务 %s：第 %d 行起的一批写入失败，逐行重试：%s",
              jobId, chunk.getFirst().row().number(), e.getMessage());
          known = writer.universities();
          results = new ArrayList<>();
          for (Prepared p : chunk) {
            UniversityIndex index = known;
            try {
              results.addAll(
                  QuarkusTransaction.requiringNew()
                      .call(() -> write(kind, List.of(p), table, index, actor)));
            } catch (RuntimeException one) {
              known = writer.universities();
              results.add(
                  new Result(
                      p.row().number(),
                      ImportWriter.Outcome.failed(null, "写入失败，本行未导入"),
                      List.of(),
                      null));
            }
          }
        }
        int done = Math.min(total, start + CHUNK);
        List<Result> finalResults = results;
        QuarkusTransaction.requiringNew().run(() -> progress(jobId, done, finalResults));
      }
      ImportJob job =
          QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId));
      finish(jobId, ImportJob.DONE, summary(job));
    } catch (Exception e) {
      LOG.errorf(e, "导入任务 %s 失败", jobId);
      finish(jobId, ImportJob.FAILED, "导入过程中出错，已导入的行保留；请稍后重试（重复导入不会产生重复数据）");
    }
  }

  static List<String> missingColumns(ImportFile.Table table, ImportKind kind) {
    List<String> missing = new ArrayList<>();
    for (String field : kind.required()) {
      if (!table.headerOf().containsKey(field)) {
        missing.add(kind.columns().get(field).getFirst());
      }
    }
    if (kind == ImportKind.NEEDS
        && List.of("enterpriseId", "creditCode", "enterpriseName").stream()
            .noneMatch(table.headerOf()::containsKey)) {
      missing.add("统一社会信用代码（或企业编号、企业名称）");
    }
    return missing;
  }

  static ImportRows.Parsed<?> parse(
      ImportKind kind, ImportFile.Row row, ImportFile.Table table, LocalDate today) {
    return switch (kind) {
      case UNIVERSITIES -> ImportRows.university(row, table);
      case TEAMS -> ImportRows.team(row, table);
      case EXPERTS -> ImportRows.expert(row, table);
      case NEEDS -> ImportRows.need(row, table, today);
    };
  }

  private List<Result> write(
      ImportKind kind,
      List<Prepared> chunk,
      ImportFile.Table table,
      UniversityIndex known,
      String actor) {
    var out = new ArrayList<Result>();
    for (Prepared p : chunk) {
      var parsed = p.parsed();
      if (!parsed.ok()) {
        var first = parsed.errors().getFirst();
        out.add(
            new Result(
                p.row().number(),
                ImportWriter.Outcome.failed(
                    first.column(),
                    String.join(
                        "；",
                        parsed.errors().stream()
                            .map(
                                e ->
                                    e.column() == null
                                        ? e.message()
                                        : e.column() + "：" + e.message())
                            .toList())),
                parsed.defaults(),
                null));
        continue;
      }
      var outcome = apply(kind, parsed.value(), table, known, null, actor);
      out.add(
          new Result(
              p.row().number(),
              outcome,
              parsed.defaults(),
              outcome.status() == ImportWriter.Status.CONFIRM ? data(p.row(), table) : null));
    }
    return out;
  }

  ImportWriter.Outcome apply(
      ImportKind kind,
      Object value,
      ImportFile.Table table,
      UniversityIndex known,
      ImportWriter.Answer answer,
      String actor) {
    return switch (kind) {
      case UNIVERSITIES ->
          writer.university(
              (ImportRows.UniversityRow) value, known, answer, table.header("name"), actor);
      case TEAMS -> writer.team((ImportRows.TeamRow) value, known, answer, table, actor);
      case EXPERTS -> writer.expert((ImportRows.ExpertRow) value, known, answer, table, actor);
      case NEEDS -> writer.need((ImportRows.NeedRow) value, table, actor);
    };
  }

  /** What a CONFIRM row keeps to be applied later: its cells and the file's column names. */
  static Map<String, Object> data(ImportFile.Row row, ImportFile.Table table) {
    var data = new LinkedHashMap<String, Object>();
    data.put("values", row.values());
    data.put("headers", table.headerOf());
    data.put("units", table.yuanPer());
    return data;
  }

  /** The row and the column names a CONFIRM row kept. */
  @SuppressWarnings("unchecked")
  static ImportFile.Table tableOf(ImportRowRecord record) {
    Map<String, Object> data = record.data;
    var values = (Map<String, Object>) data.get("values");
    var headers = (Map<String, String>) data.get("headers");
    var units = new LinkedHashMap<String, Long>();
    ((Map<String, Object>) data.getOrDefault("units", Map.of()))
        .forEach((k, v) -> units.put(k, ((Number) v).longValue()));
    return new ImportFile.Table(
        List.of(new ImportFile.Row(record.rowNo, values)), headers, units, List.of());
  }

  private void progress(UUID jobId, int done, List<Result> results) {
    ImportJob job = ImportJob.findById(jobId);
    job.done = done;
    long reported = ImportRowRecord.count("jobId", jobId);
    for (Result r : results) {
      count(job, r.outcome().status(), 1);
      if (!r.defaults().isEmpty() && r.outcome().status() != ImportWriter.Status.FAILED) {
        job.defaulted++;
      }
      List<ImportRowRecord> keep = new ArrayList<>();
      var o = r.outcome();
      if (o.status() == ImportWriter.Status.FAILED || o.status() == ImportWriter.Status.CONFIRM) {
        var rec = new ImportRowRecord();
        rec.status = o.status().name();
        rec.columnName = clip(o.column(), 100);
        rec.message = clip(o.message(), 500);
        rec.candidateId = o.candidateId();
        rec.candidateName = clip(o.candidateName(), 200);
        rec.data = r.data();
        keep.add(rec);
      }
      if (!r.defaults().isEmpty() && o.status() != ImportWriter.Status.FAILED) {
        var rec = new ImportRowRecord();
        rec.status = ImportRowRecord.DEFAULTED;
        rec.message = clip(String.join("；", r.defaults()), 500);
        keep.add(rec);
      }
      for (ImportRowRecord rec : keep) {
        // Questions are always kept (they must be answerable); errors and notes up to a limit.
        if (reported < MAX_REPORTED || ImportRowRecord.CONFIRM.equals(rec.status)) {
          rec.jobId = jobId;
          rec.rowNo = r.row();
          rec.persist();
          reported++;
        }
      }
    }
  }

  static void count(ImportJob job, ImportWriter.Status status, int delta) {
    switch (status) {
      case CREATED -> job.created += delta;
      case UPDATED -> job.updated += delta;
      case UNCHANGED -> job.unchanged += delta;
      case FAILED -> job.failed += delta;
      case CONFIRM -> job.toConfirm += delta;
    }
  }

  static String summary(ImportJob job) {
    var parts = new ArrayList<String>();
    parts.add("导入完成：新增 " + job.created + " 行，更新 " + job.updated + " 行，未变 " + job.unchanged + " 行");
    if (job.failed > 0) {
      parts.add(job.failed + " 行有错误未导入");
    }
    if (job.toConfirm > 0) {
      parts.add(job.toConfirm + " 行疑似同一单位，待确认");
    }
    if (job.defaulted > 0) {
      parts.add(job.defaulted + " 行使用了默认值");
    }
    return String.join("；", parts);
  }

  private static void finish(UUID jobId, String status, String message) {
    ImportJobs.finish(ImportJob.class, jobId, status, message);
  }

  static String clip(String s, int max) {
    return ImportJobs.clip(s, max);
  }

  /** An answer to one CONFIRM row. */
  public record Decision(int row, ImportWriter.Answer answer) {}

  /** What an answered row became. */
  public record Decided(int row, String status, String message) {}

  /**
   * Applies the admin's answers to the job's CONFIRM rows, each in its own transaction: SAME
   * records the name as an alias of the registered university and writes the row; DIFFERENT
   * registers a new university (a university row) or fails the row (a team or expert row: import
   * that university first).
   */
  public List<Decided> decide(UUID jobId, List<Decision> decisions, String actor) {
    ImportJob job =
        QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId));
    if (job == null) {
      throw ProblemException.notFound("导入任务");
    }
    if (!ImportJob.DONE.equals(job.status)) {
      throw ProblemException.conflict("import-running", "导入任务尚未完成，完成后再确认待确认行");
    }
    ImportKind kind = ImportKind.of(job.kind).orElseThrow();
    var out = new ArrayList<Decided>();
    for (Decision d : decisions) {
      out.add(
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    ImportRowRecord rec =
                        ImportRowRecord.<ImportRowRecord>find(
                                "jobId = ?1 and rowNo = ?2 and status = ?3",
                                jobId,
                                d.row(),
                                ImportRowRecord.CONFIRM)
                            .firstResult();
                    if (rec == null) {
                      boolean exists =
                          ImportRowRecord.count(
                                  "jobId = ?1 and rowNo = ?2 and decidedAt is not null",
                                  jobId,
                                  d.row())
                              > 0;
                      throw exists
                          ? ProblemException.conflict("already-decided", "第 " + d.row() + " 行已确认过")
                          : ProblemException.invalid("decisions", "第 " + d.row() + " 行不是待确认行");
                    }
                    ImportFile.Table table = tableOf(rec);
                    var parsed =
                        parse(kind, table.rows().getFirst(), table, LocalDate.now(SHANGHAI));
                    ImportWriter.Outcome outcome =
                        parsed.ok()
                            ? apply(
                                kind,
                                parsed.value(),
                                table,
                                writer.universities(),
                                d.answer(),
                                actor)
                            : ImportWriter.Outcome.failed(
                                null, parsed.errors().getFirst().message());
                    rec.status = outcome.status().name();
                    rec.message =
                        clip(
                            outcome.message() != null
                                ? outcome.message()
                                : (d.answer() == ImportWriter.Answer.SAME
                                        ? "已确认为同一单位“" + rec.candidateName + "”（已记为别名）；"
                                        : "已确认不是“" + rec.candidateName + "”；")
                                    + "本行"
                                    + statusZh(outcome.status()),
                            500);
                    rec.decidedBy = clip(actor, 100);
                    rec.decidedAt = Instant.now();
                    ImportJob j = ImportJob.findById(jobId);
                    j.toConfirm--;
                    count(j, outcome.status(), 1);
                    j.message = clip(summary(j), 500);
                    return new Decided(d.row(), rec.status, rec.message);
                  }));
    }
    return out;
  }

  static String statusZh(ImportWriter.Status s) {
    return switch (s) {
      case CREATED -> "已新增";
      case UPDATED -> "已更新";
      case UNCHANGED -> "与已有数据相同，未改动";
      case FAILED -> "未导入";
      case CONFIRM -> "仍待确认";
    };
  }
}
