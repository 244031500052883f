package cn.gov.huaian.zjtx.platform.imports;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The life of an import job, each step its own transaction so that progress shows while the job
 * runs: recorded (queued), started (running, with its row count and the columns it ignores),
 * finished (done or failed, with a message). A job a restart cut off is marked failed at start.
 */
public final class ImportJobs {
  /** The message of a job that a restart cut off. */
  public static final String INTERRUPTED = "服务重启导致导入中断，请重新导入（重复导入不会产生重复数据）";

  private ImportJobs() {}

  /** Records a queued job: file name cut to its column (200), user name clipped to 100. */
  public static <J extends ImportJobRecord> J record(
      Supplier<J> create, String kind, String filename, String by) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              J j = create.get();
              j.id = UUID.randomUUID();
              j.kind = kind;
              j.filename =
                  filename == null || filename.length() <= 200
                      ? filename
                      : filename.substring(0, 200);
              j.status = ImportJobRecord.QUEUED;
              j.createdBy = clip(by, 100);
              j.persist();
              return j;
            });
  }

  /** Marks the jobs left queued or running by the previous run failed. */
  public static void failInterrupted(Class<? extends ImportJobRecord> type) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                update(
                    type,
                    "status = ?1, message = ?2, finishedAt = ?3 where status in (?4, ?5)",
                    ImportJobRecord.FAILED,
                    INTERRUPTED,
                    Instant.now(),
                    ImportJobRecord.QUEUED,
                    ImportJobRecord.RUNNING));
  }

  /** The job runs: its row count and the headers it ignores (clipped to 1000). */
  public static void start(
      Class<? extends ImportJobRecord> type, UUID id, int total, List<String> ignored) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                update(
                    type,
                    "status = ?1, total = ?2, startedAt = ?3, ignoredColumns = ?4 where id = ?5",
                    ImportJobRecord.RUNNING,
                    total,
                    Instant.now(),
                    ignored.isEmpty() ? null : clip(String.join("、", ignored), 1000),
                    id));
  }

  /** The job ends with a status ({@code done} or {@code failed}) and a message (clipped to 500). */
  public static void finish(
      Class<? extends ImportJobRecord> type, UUID id, String status, String message) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                update(
                    type,
                    "status = ?1, message = ?2, finishedAt = ?3 where id = ?4",
                    status,
                    clip(message, 500),
                    Instant.now(),
                    id));
  }

  /** Text cut to {@code max} characters, the last one an ellipsis when cut. */
  public static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static void update(
      Class<? extends ImportJobRecord> type, String assignments, Object... params) {
    EntityManager em = Panache.getEntityManager(type);
    var query =
        em.createQuery(
            "update " + em.getMetamodel().entity(type).getName() + " set " + assignments);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    query.executeUpdate();
  }
}
