package cn.gov.huaian.zjtx.enterprise.bench;

import cn.gov.huaian.zjtx.enterprise.demo.DemoGenerator;
import cn.gov.huaian.zjtx.enterprise.imports.ImportJob;
import cn.gov.huaian.zjtx.enterprise.imports.Importer;
import cn.gov.huaian.zjtx.enterprise.reference.ClusterMappings;
import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseQuery;
import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.platform.text.Csv;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.keycloak.client.KeycloakTestClient;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (not part of the test suite; run on purpose):
 *
 * <pre>
 * ./mvnw -B -q test -pl enterprise-service -Dtest=RegistryBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dzjtx.bench.size=100000
 * </pre>
 *
 * 1. Generates {@code zjtx.bench.size} enterprises (DemoGenerator) as two CSV files with Chinese
 * headers (enterprise list; three years of figures in 万元), and times their import through the same
 * importer the API uses (parse, validate, upsert, outbox events). 2. Gives about a third of them
 * tiers and pools (SQL), then times filtered list requests over HTTP (real Keycloak token, admin
 * scope) and prints p50/p95/p99 per filter, with the unfiltered first page as baseline. Uses the
 * test database; the outbox relay is off so that the broker is not flooded.
 */
@QuarkusTest
@Tag("servers")
@TestProfile(RegistryBenchmark.NoRelay.class)
class RegistryBenchmark {
  private static final Logger LOG = Logger.getLogger(RegistryBenchmark.class);

  /** The outbox relay stays off during the benchmark. */
  public static class NoRelay implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "zjtx.outbox.relay.enabled",
          "false",
          "quarkus.log.category.\"org.hibernate\".level",
          "WARN");
    }
  }

  @Inject Importer importer;
  @Inject ClusterMappings clusters;
  @Inject EntityManager em;
  @Inject io.agroal.api.AgroalDataSource dataSource;

  @TestHTTPResource("/")
  URL base;

  final int size = Integer.getInteger("zjtx.bench.size", 100_000);
  final int requests = Integer.getInteger("zjtx.bench.requests", 300);
  final StringBuilder report = new StringBuilder();

  void say(String format, Object... args) {
    String line = String.format(format, args);
    report.append(line).append('\n');
    LOG.info(line);
  }

  @Test
  void importAndList() throws Exception {
    Db.reset();
    int lastYear = EnterpriseQuery.defaultYear();
    long t0 = System.nanoTime();
    var generated =
        new DemoGenerator(42, ReferenceData.bundled(), clusters.resolver(), lastYear)
            .generate(size);
    StringBuilder ent =
        new StringBuilder(
                Csv.line(
                    List.of(
                        "统一社会信用代码",
                        "企业名称",
                        "成立日期",
                        "所在区县",
                        "所在镇街",
                        "所在园区",
                        "详细地址",
                        "行业代码",
                        "主导产品",
                        "细分市场",
                        "从事细分市场年限",
                        "产业链位置",
                        "联系人",
                        "联系电话")))
            .append("\r\n");
    StringBuilder fig =
        new StringBuilder(
                Csv.line(
                    List.of(
                        "统一社会信用代码",
                        "年度",
                        "营业收入（万元）",
                        "主营业务收入（万元）",
                        "研发费用（万元）",
                        "研发人员数",
                        "从业人员数",
                        "资产总额（万元）",
                        "负债总额（万元）",
                        "有效发明专利数",
                        "实用新型专利数",
                        "外观设计专利数",
                        "Ⅰ类知识产权数",
                        "Ⅱ类知识产权数",
                        "关键工序数控化率",
                        "经营管理数字化普及率",
                        "数字化研发设计工具普及率",
                        "上云星级")))
            .append("\r\n");
    var ref = ReferenceData.bundled();
    for (var g : generated) {
      var p = g.profile();
      ent.append(
              Csv.line(
                  Arrays.asList(
                      p.creditCode(),
                      p.name(),
                      p.foundedOn(),
                      ref.district(p.districtCode()).orElseThrow().name(),
                      ref.town(p.townCode()).orElseThrow().name(),
                      p.park() == null ? "" : p.park().label,
                      p.address(),
                      p.industryCode(),
                      p.mainProduct(),
                      p.nicheMarket(),
                      p.nicheYears(),
                      p.chainPosition().label,
                      p.contacts().get(0).name(),
                      p.contacts().get(0).phone())))
          .append("\r\n");
      for (var f : g.figures()) {
        fig.append(
                Csv.line(
                    Arrays.asList(
                        p.creditCode(),
                        f.year(),
                        wan(f.revenue()),
                        wan(f.mainRevenue()),
                        wan(f.rdSpending()),
                        f.rdStaff(),
                        f.totalStaff(),
                        wan(f.totalAssets()),
                        wan(f.totalLiabilities()),
                        f.inventionPatents(),
                        f.utilityPatents(),
                        f.designPatents(),
                        f.ipClass1(),
                        f.ipClass2(),
                        f.cncRate() + "%",
                        f.mgmtDigitalRate() + "%",
                        f.rdToolRate() + "%",
                        f.cloudStar())))
            .append("\r\n");
      }
    }
    byte[] entCsv = ent.toString().getBytes(StandardCharsets.UTF_8);
    byte[] figCsv = fig.toString().getBytes(StandardCharsets.UTF_8);
    say(
        "生成 %,d 家企业及 %,d 行年度指标：%.1f s（企业 CSV %.1f MB，指标 CSV %.1f MB；不计入导入时间）",
        size, size * 3, (System.nanoTime() - t0) / 1e9, entCsv.length / 1e6, figCsv.length / 1e6);
    generated = null;

    long t1 = System.nanoTime();
    UUID entJob =
        importer.runNow(Importer.ENTERPRISES, "bench-enterprises.csv", entCsv, "benchmark");
    long t2 = System.nanoTime();
    UUID figJob = importer.runNow(Importer.FIGURES, "bench-figures.csv", figCsv, "benchmark");
    long t3 = System.nanoTime();
    ImportJob a = QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(entJob));
    ImportJob b = QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(figJob));
    say("导入企业名单：%,d 行，新建 %,d，失败 %,d，%.1f s", a.total, a.created, a.failed, (t2 - t1) / 1e9);
    say("导入年度指标：%,d 行，新建 %,d，失败 %,d，%.1f s", b.total, b.created, b.failed, (t3 - t2) / 1e9);
    say(
        "导入合计：%.1f s（目标 ≤ 60 s）；发件箱事件 %,d 条",
        (t3 - t1) / 1e9, Db.count("select count(*) from outbox"));

    long t4 = System.nanoTime();
    UUID again =
        importer.runNow(Importer.ENTERPRISES, "bench-enterprises.csv", entCsv, "benchmark");
    ImportJob c = QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(again));
    say(
        "重复导入同一企业名单（幂等）：未变 %,d，更新 %,d，%.1f s",
        c.unchanged, c.updated, (System.nanoTime() - t4) / 1e9);

    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      """
          insert into qualification (id, enterprise_id, kind, level, batch, granted_on, review_on)
          select gen_random_uuid(), id, k.kind, k.level, '基准测试', current_date - 200, current_date + 900
            from enterprise e, (values ('innovative-sme', 'provincial', 3, 1), ('srdi-sme', 'provincial', 10, 3),
                                      ('little-giant', 'national', 100, 37), ('high-tech', 'national', 7, 2)) as k(kind, level, m, r)
           where abs(hashtext(e.credit_code)) % k.m = k.r""")
                  .executeUpdate();
              em.createNativeQuery(
                      """
          insert into pool_entry (id, enterprise_id, pool_code, entered_on, entry_reason)
          select gen_random_uuid(), id, 'srdi-sme-candidates', current_date - 30, '基准测试'
            from enterprise e where abs(hashtext(e.credit_code)) % 8 = 5""")
                  .executeUpdate();
            });
    // steady state: what autovacuum would have done by now (visibility map for index-only scans,
    // statistics)
    long tv = System.nanoTime();
    try (var conn = dataSource.getConnection();
        var st = conn.createStatement()) {
      st.execute("vacuum analyze");
    }
    say("vacuum analyze：%.1f s", (System.nanoTime() - tv) / 1e9);
    say(
        "梯度：%,d 条资质；培育库：%,d 条在库记录",
        Db.count("select count(*) from qualification"),
        Db.count("select count(*) from pool_entry"));

    String token =
        new KeycloakTestClient().getAccessToken("admin-demo", "Demo@2025", "zjtx-portal");
    HttpClient http = HttpClient.newHttpClient();
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("基线：无筛选第 1 页", "");
    queries.put("名称子串（2 字）", "q=华锐");
    queries.put("名称子串（4 字）", "q=智能装备");
    queries.put("区县", "district=320812");
    queries.put("集群", "cluster=nev");
    queries.put("梯度", "tier=srdi-sme");
    queries.put("培育库", "pool=srdi-sme-candidates");
    queries.put("指标阈值", "minRevenue=20000000&minRdRatio=0.03");
    queries.put(
        "组合：区县+集群+梯度+阈值",
        "district=320812&cluster=intelligent-equipment&tier=innovative-sme&maxDebtRatio=0.6");
    queries.put("深翻页（第 200 页）", "page=200&size=20");
    queries.put("按更新时间排序", "sort=-updatedAt&cluster=digital");
    List<Double> all = new ArrayList<>();
    say("| 查询 | 命中总数 | p50 ms | p95 ms | p99 ms |");
    say("|---|---:|---:|---:|---:|");
    for (var q : queries.entrySet()) {
      URI uri =
          URI.create(base.toString().replaceAll("/$", "") + "/api/v1/enterprises?" + q.getValue());
      HttpRequest request =
          HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
      String body = "";
      for (int i = 0; i < 30; i++) {
        body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      }
      double[] ms = new double[requests];
      for (int i = 0; i < requests; i++) {
        long s = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        ms[i] = (System.nanoTime() - s) / 1e6;
        if (r.statusCode() != 200) {
          throw new AssertionError(q.getKey() + " → " + r.statusCode() + " " + r.body());
        }
      }
      Arrays.sort(ms);
      for (double m : ms) {
        all.add(m);
      }
      String total = body.replaceAll(".*\"total\":(\\d+).*", "$1");
      say(
          "| %s | %s | %.1f | %.1f | %.1f |",
          q.getKey(), total, p(ms, 0.50), p(ms, 0.95), p(ms, 0.99));
    }
    double[] overall = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    say(
        "全部筛选查询合计 %,d 次：p50 %.1f ms，p99 %.1f ms（目标 p99 ≤ 50 ms）",
        overall.length, p(overall, 0.5), p(overall, 0.99));
    System.out.println("\n===== 基准结果 =====\n" + report);
  }

  static double p(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  static String wan(BigDecimal yuan) {
    return yuan == null
        ? ""
        : yuan.divide(BigDecimal.valueOf(10_000), 4, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
  }
}
