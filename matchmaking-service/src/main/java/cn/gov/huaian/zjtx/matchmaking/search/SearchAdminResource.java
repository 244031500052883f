package cn.gov.huaian.zjtx.matchmaking.search;

import cn.gov.huaian.zjtx.platform.security.Roles;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 检索索引运维（管理员）: outbox backlog, indices behind the aliases, full rebuild. */
@Path("/api/v1/admin/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@RunOnVirtualThread
public class SearchAdminResource {
  private final IndexQueue queue;
  private final SearchIndex index;
  private final Reindexer reindexer;
  private final IndexingJob job;

  public SearchAdminResource(
      IndexQueue queue, SearchIndex index, Reindexer reindexer, IndexingJob job) {
    this.queue = queue;
    this.index = index;
    this.reindexer = reindexer;
    this.job = job;
  }

  /** Backlog and index state. */
  public record Status(
      long pending, Map<String, Long> needs, Map<String, Long> experts, boolean available) {}

  @GET
  @Path("/status")
  @Operation(summary = "索引状态：待索引数量、别名指向的索引及文档数 / Outbox backlog and indices")
  public Status status() {
    try {
      return new Status(
          queue.pending(), index.status(DocKind.NEED), index.status(DocKind.EXPERT), true);
    } catch (SearchUnavailable e) {
      return new Status(queue.pending(), Map.of(), Map.of(), false);
    }
  }

  @POST
  @Path("/drain")
  @Operation(summary = "立即处理待索引记录 / Drain the search outbox now")
  public Map<String, Integer> drain() {
    return Map.of("indexed", job.drain());
  }

  @POST
  @Path("/reindex")
  @Operation(summary = "从数据库全量重建索引并无停机切换别名 / Full reindex from PostgreSQL with an alias swap")
  public List<Reindexer.Result> reindex() {
    try {
      return reindexer.reindexAll();
    } catch (SearchUnavailable e) {
      throw new cn.gov.huaian.zjtx.platform.problem.ProblemException(
          503, "search-unavailable", "检索服务暂不可用", "Elasticsearch 暂不可用，请稍后重试重建索引");
    }
  }
}
