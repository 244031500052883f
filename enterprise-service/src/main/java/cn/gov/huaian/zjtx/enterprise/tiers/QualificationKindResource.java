package cn.gov.huaian.zjtx.enterprise.tiers;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 资质类型: what a certification form offers, with the levels and rank each kind takes. */
@Path("/api/v1/reference/qualification-kinds")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class QualificationKindResource {

  /** A level a kind can be certified at. */
  public record LevelItem(String code, String name) {}

  /** A kind of tier, title or award. */
  public record KindItem(
      String code,
      String name,
      @Schema(description = "梯度（1–4），0 为非梯度资质") int tierRank,
      @Schema(description = "可选级别；空为不分级别") List<LevelItem> levels,
      @Schema(description = "奖励与标准：排名的含义（如“获奖单位排名”）；认定类为空") String rankLabel,
      @Schema(description = "是否必须填写排名") boolean rankRequired) {}

  @GET
  @Operation(summary = "梯度、资质与奖励的类型及其级别、排名 / Kinds of tiers, titles and awards")
  public List<KindItem> list() {
    return Arrays.stream(QualificationKind.values())
        .map(
            k ->
                new KindItem(
                    k.code,
                    k.label,
                    k.tierRank,
                    k.levels.stream().sorted().map(l -> new LevelItem(l.code, l.label)).toList(),
                    k.rankLabel,
                    k.rankRequired))
        .toList();
  }
}
