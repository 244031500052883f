package cn.gov.huaian.zjtx.policy.search;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 政策检索: segmented query tokens (with synonyms) against the whitespace fields, the raw query as a
 * phrase and as characters against the standard fields for recall; structured filters for category,
 * department, district (a district sees city-wide policies too) and validity.
 */
@ApplicationScoped
public class PolicySearch {
  private final ElasticsearchClient es;
  private final SearchConfig config;

  public PolicySearch(ElasticsearchClient es, SearchConfig config) {
    this.es = es;
    this.config = config;
  }

  /** What a user can filter by. */
  public record Criteria(
      String q,
      String category,
      String department,
      String district,
      LocalDate validOn,
      String kind,
      int page,
      int size) {}

  /** One hit. */
  public record PolicyHit(
      UUID id,
      String code,
      String kind,
      String title,
      String category,
      String department,
      String docNumber,
      String regionLevel,
      String districtCode,
      String validFrom,
      String validTo,
      String applyDeadline,
      boolean exemptApplication,
      Double score) {}

  /** A page of hits. */
  public record Result(
      List<PolicyHit> items, int page, int size, long total, List<String> queryTokens) {}

  @SuppressWarnings({"rawtypes", "unchecked"})
  public Result search(Criteria c) {
    Set<String> tokens = c.q() == null ? Set.of() : Segmenter.shared().expanded(c.q());
    BoolQuery.Builder bool = new BoolQuery.Builder();
    if (c.q() != null && !c.q().isBlank()) {
      String seg = String.join(" ", tokens);
      bool.must(
          m ->
              m.bool(
                  b ->
                      b.should(s -> s.match(mm -> mm.field("title_seg").query(seg).boost(3f)))
                          .should(s -> s.match(mm -> mm.field("body_seg").query(seg)))
                          .should(
                              s -> s.matchPhrase(mp -> mp.field("title").query(c.q()).boost(4f)))
                          .should(
                              s ->
                                  s.match(
                                      mm ->
                                          mm.field("title")
                                              .query(c.q())
                                              .operator(Operator.And)
                                              .boost(1.5f)))
                          .should(
                              s ->
                                  s.match(
                                      mm ->
                                          mm.field("body")
                                              .query(c.q())
                                              .minimumShouldMatch("75%")
                                              .boost(0.5f)))
                          .minimumShouldMatch("1")));
    }
    if (c.category() != null) {
      bool.filter(f -> f.term(t -> t.field("category").value(c.category())));
    }
    if (c.department() != null) {
      bool.filter(f -> f.term(t -> t.field("department").value(c.department())));
    }
    if (c.kind() != null) {
      bool.filter(f -> f.term(t -> t.field("kind").value(c.kind())));
    }
    if (c.district() != null) {
      bool.filter(
          f ->
              f.bool(
                  b ->
                      b.should(s -> s.term(t -> t.field("region_level").value("CITY")))
                          .should(s -> s.term(t -> t.field("district_code").value(c.district())))
                          .minimumShouldMatch("1")));
    }
    if (c.validOn() != null) {
      String day = c.validOn().toString();
      bool.filter(
          f ->
              f.bool(
                  b ->
                      b.should(s -> s.range(r -> r.date(d -> d.field("valid_from").lte(day))))
                          .should(
                              s ->
                                  s.bool(
                                      n -> n.mustNot(mn -> mn.exists(e -> e.field("valid_from")))))
                          .minimumShouldMatch("1")));
      bool.filter(
          f ->
              f.bool(
                  b ->
                      b.should(s -> s.range(r -> r.date(d -> d.field("valid_to").gte(day))))
                          .should(
                              s ->
                                  s.bool(n -> n.mustNot(mn -> mn.exists(e -> e.field("valid_to")))))
                          .minimumShouldMatch("1")));
    }
    Query query = new Query.Builder().bool(bool.build()).build();
    try {
      SearchResponse<Map> response =
          es.search(
              s -> {
                s.index(config.alias())
                    .query(query)
                    .from(c.page() * c.size())
                    .size(c.size())
                    .trackTotalHits(t -> t.enabled(true));
                if (c.q() == null || c.q().isBlank()) {
                  s.sort(o -> o.field(f -> f.field("published_at").order(SortOrder.Desc)));
                }
                return s;
              },
              Map.class);
      List<PolicyHit> hits = new ArrayList<>();
      for (Hit<Map> hit : response.hits().hits()) {
        Map<String, Object> d = hit.source();
        hits.add(
            new PolicyHit(
                UUID.fromString(hit.id()),
                str(d, "code"),
                str(d, "kind"),
                str(d, "title"),
                str(d, "category"),
                str(d, "department"),
                str(d, "doc_number"),
                str(d, "region_level"),
                str(d, "district_code"),
                str(d, "valid_from"),
                str(d, "valid_to"),
                str(d, "apply_deadline"),
                Boolean.TRUE.equals(d.get("exempt")),
                hit.score()));
      }
      long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
      return new Result(hits, c.page(), c.size(), total, List.copyOf(tokens));
    } catch (java.io.IOException
        | co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
      throw new ProblemException(503, "search-unavailable", "检索服务暂不可用", "政策检索暂时不可用，请稍后重试或使用政策列表");
    }
  }

  private static String str(Map<String, Object> d, String key) {
    Object v = d.get(key);
    return v == null ? null : v.toString();
  }
}
