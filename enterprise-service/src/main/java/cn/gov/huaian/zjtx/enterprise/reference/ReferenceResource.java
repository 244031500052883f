package cn.gov.huaian.zjtx.enterprise.reference;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 参考数据: districts, towns, parks, 7+3 clusters and GB/T 4754-2017 classes, for forms and imports.
 */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class ReferenceResource {
  private final ReferenceData reference = ReferenceData.bundled();

  /** A code and its Chinese name. */
  public record Item(String code, String name) {}

  /** A cluster with its kind (优势/先导). */
  public record ClusterItem(String code, String name, String kind) {}

  @GET
  @Path("/districts")
  @Operation(summary = "淮安市区县 / Districts of Huai'an")
  public List<Item> districts() {
    return reference.districts().stream().map(d -> new Item(d.code(), d.name())).toList();
  }

  @GET
  @Path("/towns")
  @Operation(summary = "镇街（可按区县过滤） / Towns and streets, optionally of one district")
  public List<Item> towns(@QueryParam("district") String district) {
    return (district == null ? List.copyOf(reference.towns()) : reference.towns(district))
        .stream().map(t -> new Item(t.code(), t.name())).toList();
  }

  @GET
  @Path("/parks")
  @Operation(summary = "园区 / Parks")
  public List<Item> parks() {
    return Arrays.stream(Park.values()).map(p -> new Item(p.code, p.label)).toList();
  }

  @GET
  @Path("/clusters")
  @Operation(summary = "7+3 产业集群 / The 7+3 clusters")
  public List<ClusterItem> clusters() {
    return Arrays.stream(Cluster.values())
        .map(c -> new ClusterItem(c.code, c.label, c.kind.label))
        .toList();
  }

  @GET
  @Path("/industries")
  @Operation(summary = "国民经济行业分类小类（按代码前缀或名称搜索） / GB/T 4754-2017 classes")
  public List<Item> industries(@QueryParam("q") String q) {
    return reference.industries().stream()
        .filter(i -> i.level() == 4)
        .filter(
            i ->
                q == null
                    || q.isBlank()
                    || i.code().startsWith(q.strip())
                    || i.name().contains(q.strip()))
        .limit(50)
        .map(i -> new Item(i.code(), i.name()))
        .toList();
  }
}
