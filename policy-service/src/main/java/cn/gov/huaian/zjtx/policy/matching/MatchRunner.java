package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.policy.facts.EnterpriseRecord;
import cn.gov.huaian.zjtx.policy.facts.ReadModel;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Runs re-match jobs, one runner at a time across all replicas: the runner holds a PostgreSQL
 * session advisory lock on a connection of its own while it drains the queue. Incremental jobs (one
 * enterprise) go before batch jobs and are also run between the pages of a batch, so a long
 * re-match does not hold back the enterprise that just changed. A batch job saves its cursor after
 * every page and resumes there after a crash.
 */
@ApplicationScoped
public class MatchRunner {
  private static final Logger LOG = Logger.getLogger(MatchRunner.class);

  /** "zjtx" + "match": the advisory lock key of the runner. */
  static final long LOCK_KEY = 0x7A6A_7478_6D61_7463L;

  private final AgroalDataSource dataSource;
  private final EntityManager em;
  private final ReadModel readModel;
  private final ProgramSet programs;
  private final Matcher matcher;
  private final MatchingConfig config;
  private final Semaphore signal = new Semaphore(0);
  private volatile boolean running;
  private Thread loop;

  public MatchRunner(
      AgroalDataSource dataSource,
      EntityManager em,
      ReadModel readModel,
      ProgramSet programs,
      Matcher matcher,
      MatchingConfig config) {
    this.dataSource = dataSource;
    this.em = em;
    this.readModel = readModel;
    this.programs = programs;
    this.matcher = matcher;
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    if (!config.runJobs()) {
      return;
    }
    running = true;
    loop = Thread.ofVirtual().name("match-runner").start(this::loop);
  }

  void stop(@Observes ShutdownEvent event) {
    // No interrupt: a job stops between pages (its cursor is saved), never inside a commit.
    running = false;
    signal.release();
  }

  /** Something was queued: run now rather than at the next poll. */
  public void wake() {
    signal.release();
  }

  private void loop() {
    while (running) {
      try {
        signal.tryAcquire(config.pollMs(), TimeUnit.MILLISECONDS);
        signal.drainPermits();
        drain();
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        LOG.warnf("重匹配执行者出错，稍后重试：%s", e.getMessage());
      }
    }
  }

  /**
   * Runs every queued job if this process gets the lock; returns false when another runner holds
   * it.
   */
  public boolean drain() throws SQLException {
    try (Connection lock = dataSource.getConnection()) {
      if (!tryLock(lock)) {
        return false;
      }
      try {
        QuarkusTransaction.requiringNew()
            .run(
                () ->
                    em.createNativeQuery(
                            "update match_job set status = 'PENDING' where status = 'RUNNING'")
                        .executeUpdate());
        List<Job> jobs;
        while (running && !(jobs = claim(false, config.claimBatch())).isEmpty()) {
          runEnterprises(jobs.stream().filter(j -> j.kind() == MatchJobs.Kind.ENTERPRISE).toList());
          for (Job job : jobs) {
            if (running && job.kind() != MatchJobs.Kind.ENTERPRISE) {
              run(job);
            }
          }
        }
      } finally {
        try (Statement s = lock.createStatement()) {
          s.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
        }
      }
      return true;
    }
  }

  private static boolean tryLock(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select pg_try_advisory_lock(" + LOCK_KEY + ")")) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  record Job(UUID id, MatchJobs.Kind kind, UUID target, UUID cursor) {}

  /** Claims up to {@code limit} jobs, enterprise jobs first, in one transaction. */
  private List<Job> claim(boolean enterpriseOnly, int limit) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<Object[]> rows =
                  em.unwrap(Session.class)
                      .createNativeQuery(
                          "select id, kind, target_id, cursor_id from match_job where status = 'PENDING'"
                              + (enterpriseOnly ? " and kind = 'ENTERPRISE'" : "")
                              + " order by (kind = 'ENTERPRISE') desc, requested_at limit "
                              + limit
                              + " for update",
                          Object[].class)
                      .getResultList();
              List<Job> jobs =
                  rows.stream()
                      .map(
                          r ->
                              new Job(
                                  (UUID) r[0],
                                  MatchJobs.Kind.valueOf((String) r[1]),
                                  (UUID) r[2],
                                  (UUID) r[3]))
                      .toList();
              if (!jobs.isEmpty()) {
                em.createNativeQuery(
                        "update match_job set status = 'RUNNING', started_at = coalesce(started_at, now()) where id in (?1)")
                    .setParameter(1, jobs.stream().map(Job::id).toList())
                    .executeUpdate();
              }
              return jobs;
            });
  }

  private void run(Job job) {
    try {
      switch (job.kind()) {
        case ENTERPRISE -> {
          runEnterprise(job);
          return;
        }
        case PROGRAM -> runProgram(job);
        case ALL -> runAll(job);
      }
      finish(job, null);
    } catch (RuntimeException e) {
      LOG.errorf(e, "重匹配任务 %s（%s %s）失败", job.id(), job.kind(), job.target());
      finish(job, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private void runEnterprise(Job job) {
    QuarkusTransaction.requiringNew().run(() -> matchOneEnterprise(job));
  }

  private void matchOneEnterprise(Job job) {
    Optional<EnterpriseRecord> enterprise = readModel.find(job.target());
    int pairs = 0;
    int changes = 0;
    if (enterprise.isPresent()) {
      List<LiveProgram> live = programs.live();
      changes = matcher.matchEnterprise(enterprise.get(), live);
      pairs = live.size();
    }
    done(job.id(), pairs, changes);
  }

  private void runProgram(Job job) {
    Optional<LiveProgram> program = programs.live(job.target());
    if (program.isEmpty()) {
      QuarkusTransaction.requiringNew().run(() -> matcher.dropProgram(job.target()));
      return;
    }
    UUID cursor = job.cursor();
    while (running) {
      List<EnterpriseRecord> page = readModel.page(cursor, config.pageSize());
      if (page.isEmpty()) {
        return;
      }
      UUID last = page.getLast().id();
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                int changes = matcher.matchProgram(program.get(), page);
                progress(job.id(), last, page.size(), changes);
              });
      cursor = last;
      runPendingEnterpriseJobs();
    }
  }

  /**
   * Everything: enterprise by enterprise (each read and encoded once for all programs), a page per
   * transaction with the cursor saved, so it resumes where it stopped.
   */
  private void runAll(Job job) {
    UUID cursor = job.cursor();
    while (running) {
      List<EnterpriseRecord> page = readModel.page(cursor, config.pageSize());
      if (page.isEmpty()) {
        return;
      }
      UUID last = page.getLast().id();
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                List<LiveProgram> live = programs.live();
                int changes = matcher.matchEnterprises(page, live);
                progress(job.id(), last, (long) page.size() * live.size(), changes);
              });
      cursor = last;
      runPendingEnterpriseJobs();
    }
  }

  private void runPendingEnterpriseJobs() {
    List<Job> next;
    while (running && !(next = claim(true, config.claimBatch())).isEmpty()) {
      runEnterprises(next);
    }
  }

  /**
   * Incremental jobs claimed together commit together: under a burst of changes the commit, not the
   * evaluation, is what costs. If the batch fails, each job runs alone so one bad enterprise cannot
   * hold back the others.
   */
  private void runEnterprises(List<Job> jobs) {
    if (jobs.isEmpty()) {
      return;
    }
    if (jobs.size() > 1) {
      try {
        QuarkusTransaction.requiringNew().run(() -> jobs.forEach(this::matchOneEnterprise));
        return;
      } catch (RuntimeException e) {
        LOG.warnf("批量增量匹配失败，逐个重试：%s", e.getMessage());
      }
    }
    jobs.forEach(this::run);
  }

  private void progress(UUID jobId, UUID cursor, long pairs, int changes) {
    em.createNativeQuery(
            "update match_job set cursor_id = coalesce(cast(?2 as uuid), cursor_id), pairs = pairs + ?3, changes = changes + ?4 where id = ?1")
        .setParameter(1, jobId)
        .setParameter(2, cursor == null ? null : cursor.toString())
        .setParameter(3, pairs)
        .setParameter(4, changes)
        .executeUpdate();
  }

  /** An incremental job is marked done in the transaction of its results: one commit per change. */
  private void done(UUID jobId, long pairs, int changes) {
    em.createNativeQuery(
            "update match_job set status = 'DONE', finished_at = now(), pairs = ?2, changes = ?3 where id = ?1")
        .setParameter(1, jobId)
        .setParameter(2, pairs)
        .setParameter(3, changes)
        .executeUpdate();
  }

  private void finish(Job job, String error) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update match_job set status = ?2, finished_at = now(), error = nullif(?3, '') where id = ?1")
                    .setParameter(1, job.id())
                    .setParameter(2, error == null ? "DONE" : "FAILED")
                    .setParameter(3, error == null ? "" : error)
                    .executeUpdate());
  }
}
