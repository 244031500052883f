package cn.gov.huaian.zjtx.enterprise.imports;

import cn.gov.huaian.zjtx.enterprise.events.EnterpriseSnapshot;
import cn.gov.huaian.zjtx.enterprise.events.Outbox;
import cn.gov.huaian.zjtx.enterprise.figures.Figures;
import cn.gov.huaian.zjtx.enterprise.reference.ClusterMappings;
import cn.gov.huaian.zjtx.enterprise.reference.ClusterResolver;
import cn.gov.huaian.zjtx.enterprise.registry.Enterprise;
import cn.gov.huaian.zjtx.enterprise.registry.Profile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a chunk of imported rows in one transaction with set-based SQL (one upsert statement per
 * chunk over {@code unnest} arrays), then writes the events of every enterprise that really
 * changed. Upsert is by 统一社会信用代码; an empty cell keeps the stored value; a row identical to what is
 * stored changes nothing and publishes nothing, so re-importing a file is a no-op.
 */
@ApplicationScoped
public class BulkWriter {
  private final AgroalDataSource dataSource;
  private final ClusterMappings clusters;
  private final Outbox outbox;
  private final ObjectMapper json;

  public BulkWriter(
      AgroalDataSource dataSource, ClusterMappings clusters, Outbox outbox, ObjectMapper json) {
    this.dataSource = dataSource;
    this.clusters = clusters;
    this.outbox = outbox;
    this.json = json;
  }

  /** What a chunk did. */
  public record Outcome(int created, int updated, int unchanged) {}

  private static final String UPSERT_ENTERPRISES =
      """
      insert into enterprise as t (id, credit_code, name, founded_on, district_code, town_code, park, address, industry_code,
                                   cluster_code, main_product, niche_market, niche_years, chain_position, contacts, version, created_at, updated_at)
      select u.id::uuid, u.code, u.name, u.founded::date, u.district, u.town, u.park, u.address, u.industry, u.cluster, u.product,
             u.niche, u.years::int, u.position, u.contacts::jsonb, 0, now(), now()
        from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
             as u(id, code, name, founded, district, town, park, address, industry, cluster, product, niche, years, position, contacts)
      on conflict (credit_code) do update set
          name = excluded.name,
          founded_on = coalesce(excluded.founded_on, t.founded_on),
          district_code = excluded.district_code,
          town_code = coalesce(excluded.town_code, t.town_code),
          park = coalesce(excluded.park, t.park),
          address = coalesce(excluded.address, t.address),
          industry_code = excluded.industry_code,
          cluster_code = excluded.cluster_code,
          main_product = coalesce(excluded.main_product, t.main_product),
          niche_market = coalesce(excluded.niche_market, t.niche_market),
          niche_years = coalesce(excluded.niche_years, t.niche_years),
          chain_position = coalesce(excluded.chain_position, t.chain_position),
          contacts = case when excluded.contacts = '[]'::jsonb then t.contacts else excluded.contacts end,
          version = t.version + 1,
          updated_at = now()
        where (t.name, t.founded_on, t.district_code, t.town_code, t.park, t.address, t.industry_code, t.cluster_code,
               t.main_product, t.niche_market, t.niche_years, t.chain_position, t.contacts)
              is distinct from
              (excluded.name, coalesce(excluded.founded_on, t.founded_on), excluded.district_code, coalesce(excluded.town_code, t.town_code),
               coalesce(excluded.park, t.park), coalesce(excluded.address, t.address), excluded.industry_code, excluded.cluster_code,
               coalesce(excluded.main_product, t.main_product), coalesce(excluded.niche_market, t.niche_market),
               coalesce(excluded.niche_years, t.niche_years), coalesce(excluded.chain_position, t.chain_position),
               case when excluded.contacts = '[]'::jsonb then t.contacts else excluded.contacts end)
      returning t.id, (xmax = 0) as inserted
      """;

  /** Upserts profiles (distinct credit codes) and writes their events. */
  @Transactional
  public Outcome enterprises(List<Profile> rows) throws SQLException {
    return enterprises(rows, null);
  }

  /**
   * Like {@link #enterprises(List)}, with the ids new enterprises get ({@code ids} parallel to
   * rows, or null for random).
   */
  @Transactional
  public Outcome enterprises(List<Profile> rows, List<UUID> ids) throws SQLException {
    ClusterResolver resolver = clusters.resolver();
    int n = rows.size();
    String[][] cols = new String[15][n];
    for (int i = 0; i < n; i++) {
      Profile p = rows.get(i);
      cols[0][i] = (ids == null || ids.get(i) == null ? UUID.randomUUID() : ids.get(i)).toString();
      cols[1][i] = p.creditCode();
      cols[2][i] = p.name();
      cols[3][i] = p.foundedOn() == null ? null : p.foundedOn().toString();
      cols[4][i] = p.districtCode();
      cols[5][i] = p.townCode();
      cols[6][i] = p.park() == null ? null : p.park().code;
      cols[7][i] = p.address();
      cols[8][i] = p.industryCode();
      cols[9][i] = resolver.resolve(p.industryCode()).map(c -> c.code).orElse(null);
      cols[10][i] = p.mainProduct();
      cols[11][i] = p.nicheMarket();
      cols[12][i] = p.nicheYears() == null ? null : p.nicheYears().toString();
      cols[13][i] = p.chainPosition() == null ? null : p.chainPosition().code;
      cols[14][i] = toJson(p.contacts());
    }
    List<UUID> changed = new ArrayList<>();
    Set<UUID> inserted = new HashSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(UPSERT_ENTERPRISES)) {
      for (int k = 0; k < cols.length; k++) {
        st.setArray(k + 1, c.createArrayOf("text", cols[k]));
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          UUID id = rs.getObject(1, UUID.class);
          changed.add(id);
          if (rs.getBoolean(2)) {
            inserted.add(id);
          }
        }
      }
    }
    // A new enterprise's snapshot is its profile (nothing else belongs to it yet): no need to read
    // it back.
    java.time.Instant now = java.time.Instant.now();
    List<EnterpriseSnapshot> fresh = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      UUID id = UUID.fromString(cols[0][i]);
      if (inserted.contains(id)) {
        Profile p = rows.get(i);
        fresh.add(
            new EnterpriseSnapshot(
                id,
                0,
                p.creditCode(),
                p.name(),
                p.foundedOn(),
                p.districtCode(),
                p.townCode(),
                p.park() == null ? null : p.park().code,
                p.address(),
                p.industryCode(),
                cols[9][i],
                p.mainProduct(),
                p.nicheMarket(),
                p.nicheYears(),
                p.chainPosition() == null ? null : p.chainPosition().code,
                p.contacts(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                now));
      }
    }
    outbox.bulk(fresh, inserted);
    publish(changed.stream().filter(id -> !inserted.contains(id)).toList(), Set.of());
    return new Outcome(inserted.size(), changed.size() - inserted.size(), n - changed.size());
  }

  private static final String UPSERT_FIGURES =
      """
      insert into year_figures as t (enterprise_id, year, revenue, main_revenue, rd_spending, rd_staff, total_staff, total_assets,
          total_liabilities, invention_patents, utility_patents, design_patents, ip_class1, ip_class2, new_equity_financing,
          cnc_rate, mgmt_digital_rate, rd_tool_rate, cloud_star, taxable_income, tech_staff, high_tech_revenue,
          domestic_rd_spending, total_costs, version, updated_at)
      select e.id, u.year::smallint, u.revenue::numeric, u.main::numeric, u.rd::numeric, u.rd_staff::int, u.staff::int, u.assets::numeric,
             u.debts::numeric, u.inv::int, u.util::int, u.design::int, u.ip1::int, u.ip2::int, u.equity::numeric,
             u.cnc::numeric, u.mgmt::numeric, u.tool::numeric, u.star::smallint, u.taxable::numeric, u.tech::int,
             u.hightech::numeric, u.domestic::numeric, u.costs::numeric, 0, now()
        from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
             as u(code, year, revenue, main, rd, rd_staff, staff, assets, debts, inv, util, design, ip1, ip2, equity, cnc, mgmt, tool, star,
                taxable, tech, hightech, domestic, costs)
        join enterprise e on e.credit_code = u.code
      on conflict (enterprise_id, year) do update set
          revenue = coalesce(excluded.revenue, t.revenue), main_revenue = coalesce(excluded.main_revenue, t.main_revenue),
          rd_spending = coalesce(excluded.rd_spending, t.rd_spending), rd_staff = coalesce(excluded.rd_staff, t.rd_staff),
          total_staff = coalesce(excluded.total_staff, t.total_staff), total_assets = coalesce(excluded.total_assets, t.total_assets),
          total_liabilities = coalesce(excluded.total_liabilities, t.total_liabilities),
          invention_patents = coalesce(excluded.invention_patents, t.invention_patents),
          utility_patents = coalesce(excluded.utility_patents, t.utility_patents), design_patents = coalesce(excluded.design_patents, t.design_patents),
          ip_class1 = coalesce(excluded.ip_class1, t.ip_class1), ip_class2 = coalesce(excluded.ip_class2, t.ip_class2),
          new_equity_financing = coalesce(excluded.new_equity_financing, t.new_equity_financing),
          cnc_rate = coalesce(excluded.cnc_rate, t.cnc_rate), mgmt_digital_rate = coalesce(excluded.mgmt_digital_rate, t.mgmt_digital_rate),
          rd_tool_rate = coalesce(excluded.rd_tool_rate, t.rd_tool_rate), cloud_star = coalesce(excluded.cloud_star, t.cloud_star),
          taxable_income = coalesce(excluded.taxable_income, t.taxable_income), tech_staff = coalesce(excluded.tech_staff, t.tech_staff),
          high_tech_revenue = coalesce(excluded.high_tech_revenue, t.high_tech_revenue),
          domestic_rd_spending = coalesce(excluded.domestic_rd_spending, t.domestic_rd_spending),
          total_costs = coalesce(excluded.total_costs, t.total_costs),
          version = t.version + 1, updated_at = now()
        where (t.revenue, t.main_revenue, t.rd_spending, t.rd_staff, t.total_staff, t.total_assets, t.total_liabilities,
               t.invention_patents, t.utility_patents, t.design_patents, t.ip_class1, t.ip_class2, t.new_equity_financing,
               t.cnc_rate, t.mgmt_digital_rate, t.rd_tool_rate, t.cloud_star, t.taxable_income, t.tech_staff, t.high_tech_revenue,
               t.domestic_rd_spending, t.total_costs)
              is distinct from
              (coalesce(excluded.revenue, t.revenue), coalesce(excluded.main_revenue, t.main_revenue), coalesce(excluded.rd_spending, t.rd_spending),
               coalesce(excluded.rd_staff, t.rd_staff), coalesce(excluded.total_staff, t.total_staff), coalesce(excluded.total_assets, t.total_assets),
               coalesce(excluded.total_liabilities, t.total_liabilities), coalesce(excluded.invention_patents, t.invention_patents),
               coalesce(excluded.utility_patents, t.utility_patents), coalesce(excluded.design_patents, t.design_patents),
               coalesce(excluded.ip_class1, t.ip_class1), coalesce(excluded.ip_class2, t.ip_class2),
               coalesce(excluded.new_equity_financing, t.new_equity_financing), coalesce(excluded.cnc_rate, t.cnc_rate),
               coalesce(excluded.mgmt_digital_rate, t.mgmt_digital_rate), coalesce(excluded.rd_tool_rate, t.rd_tool_rate),
               coalesce(excluded.cloud_star, t.cloud_star), coalesce(excluded.taxable_income, t.taxable_income),
               coalesce(excluded.tech_staff, t.tech_staff), coalesce(excluded.high_tech_revenue, t.high_tech_revenue),
               coalesce(excluded.domestic_rd_spending, t.domestic_rd_spending), coalesce(excluded.total_costs, t.total_costs))
      returning t.enterprise_id, (xmax = 0) as inserted
      """;

  /** Credit codes among {@code codes} that are registered. */
  @Transactional
  public Set<String> registered(Collection<String> codes) throws SQLException {
    Set<String> out = new HashSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "select credit_code from enterprise where credit_code = any(?::text[])")) {
      st.setArray(1, c.createArrayOf("text", codes.toArray(String[]::new)));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** Upserts figures (distinct code + year, codes registered); one event per enterprise changed. */
  @Transactional
  public Outcome figures(List<Map.Entry<String, Figures>> rows) throws SQLException {
    int n = rows.size();
    String[][] cols = new String[24][n];
    for (int i = 0; i < n; i++) {
      Figures f = rows.get(i).getValue();
      Object[] v = {
        rows.get(i).getKey(),
        f.year(),
        f.revenue(),
        f.mainRevenue(),
        f.rdSpending(),
        f.rdStaff(),
        f.totalStaff(),
        f.totalAssets(),
        f.totalLiabilities(),
        f.inventionPatents(),
        f.utilityPatents(),
        f.designPatents(),
        f.ipClass1(),
        f.ipClass2(),
        f.newEquityFinancing(),
        f.cncRate(),
        f.mgmtDigitalRate(),
        f.rdToolRate(),
        f.cloudStar(),
        f.taxableIncome(),
        f.techStaff(),
        f.highTechRevenue(),
        f.domesticRdSpending(),
        f.totalCosts()
      };
      for (int k = 0; k < v.length; k++) {
        cols[k][i] =
            v[k] == null
                ? null
                : v[k] instanceof java.math.BigDecimal b ? b.toPlainString() : v[k].toString();
      }
    }
    Map<UUID, Boolean> enterprises = new LinkedHashMap<>();
    int inserted = 0;
    int touched = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(UPSERT_FIGURES)) {
      for (int k = 0; k < cols.length; k++) {
        st.setArray(k + 1, c.createArrayOf("text", cols[k]));
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          touched++;
          inserted += rs.getBoolean(2) ? 1 : 0;
          enterprises.put(rs.getObject(1, UUID.class), true);
        }
      }
      if (!enterprises.isEmpty()) {
        try (PreparedStatement bump =
            c.prepareStatement(
                "update enterprise set version = version + 1, updated_at = now() where id = any(?::uuid[])")) {
          bump.setArray(1, c.createArrayOf("uuid", enterprises.keySet().toArray()));
          bump.executeUpdate();
        }
      }
    }
    publish(new ArrayList<>(enterprises.keySet()), Set.of());
    return new Outcome(inserted, touched - inserted, n - touched);
  }

  private void publish(List<UUID> ids, Set<UUID> registered) {
    if (ids.isEmpty()) {
      return;
    }
    outbox.registeredOrChanged(
        Enterprise.<Enterprise>find("id in ?1", ids)
            .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
            .list(),
        registered);
  }

  private String toJson(Object o) {
    try {
      return json.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
