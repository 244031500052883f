package cn.gov.huaian.zjtx.policy.push;

import static io.restassured.RestAssured.given;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.support.Await;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import cn.gov.huaian.zjtx.policy.support.ProgramsApi;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 推送时延基准：from an {@code enterprise.changed} published to the real RabbitMQ exchange to the
 * notification committed in the enterprise's inbox, through the real consumer, read model,
 * incremental re-match job (against a catalogue of programs) and inbox. Every sample flips one
 * enterprise's R&D ratio across the threshold of one program, so every event must produce exactly
 * one notification. Two modes: one event at a time (latency alone) and bursts (events published
 * back to back, queueing included). Run with:
 *
 * <pre>
 * ./mvnw -B -q test -pl policy-service -Dtest=InboxLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Sizes: -Dbench.enterprises (1000), -Dbench.programs (200), -Dbench.samples (200),
 * -Dbench.burst (100). Its name does not end in Test, so the ordinary build never runs it. Results:
 * docs/benchmarks/policy-service-latency.md.
 */
@QuarkusTest
@Tag("servers")
public class InboxLatencyBenchmark {
  private static final Logger LOG = Logger.getLogger(InboxLatencyBenchmark.class);
  private final int enterprises = Integer.getInteger("bench.enterprises", 1000);
  private final int programs = Integer.getInteger("bench.programs", 200);
  private final int samples = Integer.getInteger("bench.samples", 200);
  private final int burst = Integer.getInteger("bench.burst", 100);
  private final List<String> report = new ArrayList<>();

  @Test
  void run() throws Exception {
    line(
        "推送时延基准 %s, JDK %s, %d cores, max heap %d MB",
        LocalDate.now(),
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    UUID target =
        ProgramsApi.createAndPublish(
            ProgramsApi.policy("基准：研发奖励", ProgramsApi.rdRule(3, null, 100_000)));
    for (int i = 1; i < programs; i++) {
      double threshold = 1 + ThreadLocalRandom.current().nextInt(0, 900) / 100.0;
      ObjectNode rules =
          ProgramsApi.rdRule(threshold, i % 3 == 0 ? "320812" : null, 10_000L * (1 + i % 20));
      ProgramsApi.createAndPublish(ProgramsApi.policy("基准政策 " + i, rules));
    }
    long[] versions = new long[enterprises];
    List<EnterpriseEvents.Snapshot> firms = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < enterprises; i++) {
      var firm = EnterpriseEvents.firm(UUID.randomUUID()).rd(1_000_000, 0.02).version(1);
      versions[i] = 1;
      firms.add(firm);
      EnterpriseEvents.publish(firm.event("enterprise.changed"));
    }
    try (Connection db =
        DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:5432/zjtx_policy_test", "zjtx", "zjtx")) {
      Await.until(() -> idle(db), Boolean::booleanValue, Duration.ofMinutes(10));
      line(
          "准备：%d 个已发布项目（含 4 个梯度项目），%d 家企业经事件写入读模型并完成匹配，用时 %.1f s",
          programs + 4, enterprises, (System.nanoTime() - start) / 1e9);

      long full = System.nanoTime();
      String job =
          given()
              .auth()
              .oauth2(Tokens.of("admin-demo"))
              .post("/api/v1/match-jobs")
              .then()
              .statusCode(202)
              .extract()
              .path("id");
      long pairs = Await.until(() -> jobPairs(db, job), p -> p >= 0, Duration.ofMinutes(30));
      double seconds = (System.nanoTime() - full) / 1e9;
      line(
          "全量重匹配任务（作业路径：读模型分页读取、编码、判定、仅写入变化）：%d 对，用时 %.1f s，%.0f 对/秒",
          pairs, seconds, pairs / seconds);

      long[] sequential = new long[samples];
      long[] sequentialCommit = new long[samples];
      for (int s = 0; s < samples; s++) {
        int i = ThreadLocalRandom.current().nextInt(enterprises);
        long[] t = flipAndWait(db, firms.get(i), ++versions[i], target);
        sequential[s] = t[0];
        sequentialCommit[s] = t[1];
      }
      summary("逐条（每次一条事件）：可见于收件箱", sequential);
      summary("逐条：通知写入时刻（created_at）", sequentialCommit);

      long[] bursty = new long[burst];
      List<long[]> pending = new ArrayList<>();
      for (int s = 0; s < burst; s++) {
        int i = s % enterprises;
        long version = ++versions[i];
        EnterpriseEvents.Snapshot firm =
            firms.get(i).version(version).rd(1_000_000, version % 2 == 0 ? 0.04 : 0.02);
        long sent = System.currentTimeMillis();
        EnterpriseEvents.publish(firm.event("enterprise.changed"));
        pending.add(new long[] {i, version, sent});
      }
      for (int s = 0; s < burst; s++) {
        long[] p = pending.get(s);
        long created = awaitNotification(db, firms.get((int) p[0]).id(), target, p[1]);
        bursty[s] = created - p[2];
      }
      summary("突发（" + burst + " 条事件连续发布）：通知写入时刻（created_at）", bursty);
      long p95 = percentile(sequential, 95);
      line("目标：p95 ≤ 2000 ms；逐条 p95 = %d ms → %s", p95, p95 <= 2000 ? "达标" : "未达标");
    }
    System.out.println(String.join("\n", report));
  }

  private long[] flipAndWait(
      Connection db, EnterpriseEvents.Snapshot firm, long version, UUID program) throws Exception {
    firm.version(version).rd(1_000_000, version % 2 == 0 ? 0.04 : 0.02);
    long sent = System.currentTimeMillis();
    EnterpriseEvents.publish(firm.event("enterprise.changed"));
    long created = awaitNotification(db, firm.id(), program, version);
    long seen = System.currentTimeMillis();
    return new long[] {seen - sent, created - sent};
  }

  /** Polls every 5 ms for the notification of this fact version; returns its created_at in ms. */
  private static long awaitNotification(Connection db, UUID enterprise, UUID program, long version)
      throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    try (PreparedStatement ps =
        db.prepareStatement(
            "select (extract(epoch from created_at) * 1000)::bigint from notification where enterprise_id = ? and program_id = ? and fact_version = ?")) {
      ps.setObject(1, enterprise);
      ps.setObject(2, program);
      ps.setLong(3, version);
      while (System.currentTimeMillis() < deadline) {
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return rs.getLong(1);
          }
        }
        Thread.sleep(5);
      }
    }
    throw new AssertionError("60 s 内未收到通知：" + enterprise + " v" + version);
  }

  /** The pairs of a finished job, -1 while it runs. */
  private static long jobPairs(Connection db, String job) {
    try (PreparedStatement ps =
        db.prepareStatement("select status, pairs from match_job where id = ?::uuid")) {
      ps.setString(1, job);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && "DONE".equals(rs.getString(1)) ? rs.getLong(2) : -1;
      }
    } catch (Exception e) {
      return -1;
    }
  }

  private static boolean idle(Connection db) {
    try (var s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from match_job where status in ('PENDING', 'RUNNING')")) {
      rs.next();
      long jobs = rs.getLong(1);
      var q = given().auth().oauth2(Tokens.of("admin-demo")).get("/api/v1/match-jobs?size=1");
      return jobs == 0 && q.statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }

  private void summary(String what, long[] millis) {
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    line(
        "%s：n=%d，p50 %d ms，p95 %d ms，p99 %d ms，max %d ms，mean %.1f ms",
        what,
        sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted[sorted.length - 1],
        Arrays.stream(sorted).average().orElse(0));
  }

  private static long percentile(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

  private void line(String format, Object... args) {
    String text = String.format(format, args);
    report.add(text);
    LOG.info(text);
  }
}
