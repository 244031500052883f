package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.policy.rules.engine.FactDisplay;
import cn.gov.huaian.zjtx.policy.rules.engine.TraceNode;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.gap.FactChange;
import cn.gov.huaian.zjtx.policy.rules.gap.Gap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the matching API returns: results, traces, gaps and opportunities, for people and programs.
 */
public final class MatchViews {
  private MatchViews() {}

  /** A stored result of one enterprise for one program. */
  public record MatchView(
      UUID programId,
      String code,
      String title,
      String kind,
      String category,
      String status,
      String statusLabel,
      BigDecimal amountMin,
      BigDecimal amountMax,
      String amountText,
      int rulesVersion,
      long factVersion,
      List<FactRef> missingFacts,
      Instant computedAt,
      Instant changedAt,
      @Schema(description = "项目族（versionOf）：同一项目各年度版本共用 / the program family") String family,
      @Schema(description = "所引用版本的文号 / the 文号 of the version evaluated") String docNumber,
      @Schema(description = "所引用版本的条款 / the article of the version evaluated") String article) {}

  /** A fact named for people. */
  public record FactRef(String name, String label, String unit) {
    static FactRef of(FactCatalogue catalogue, String name) {
      return catalogue
          .find(name)
          .map(d -> new FactRef(d.name(), d.label(), d.unit()))
          .orElse(new FactRef(name, name, ""));
    }
  }

  /** One criterion of the trace. */
  public record TraceView(
      String criterion,
      String clause,
      String fact,
      String actual,
      String operator,
      String required,
      String result,
      String resultLabel,
      List<TraceView> children) {
    static TraceView of(TraceNode n) {
      return new TraceView(
          n.criterion(),
          n.clause(),
          n.fact(),
          n.actual(),
          n.operator(),
          n.required(),
          n.result().name(),
          n.result().label(),
          n.children().stream().map(TraceView::of).toList());
    }
  }

  /** One fact change of a gap. */
  public record ChangeView(String fact, String label, String from, String to, String text) {
    static ChangeView of(FactChange c) {
      return new ChangeView(
          c.fact().name(),
          c.fact().label(),
          c.from() == null ? null : FactDisplay.value(c.fact(), c.from()),
          FactDisplay.value(c.fact(), c.to()),
          c.describe());
    }
  }

  /** The smallest changes that would make the enterprise eligible. */
  public record GapView(String text, String resultAfter, List<ChangeView> changes) {
    static GapView of(Gap g) {
      return new GapView(
          g.describe(), g.resultAfter().name(), g.changes().stream().map(ChangeView::of).toList());
    }
  }

  /** The full answer for one enterprise and one program. */
  public record MatchDetail(
      UUID programId,
      String code,
      String title,
      int rulesVersion,
      long factVersion,
      String status,
      String statusLabel,
      BigDecimal amountMin,
      BigDecimal amountMax,
      String amountText,
      TraceView trace,
      List<FactRef> missingFacts,
      List<GapView> gaps,
      MatchView stored,
      @Schema(description = "项目族（versionOf） / the program family") String family,
      @Schema(description = "判定日期：按该日有效的规则版本判定 / the evaluation date") LocalDate evaluatedOn,
      @Schema(description = "所用规则版本的有效期起 / the version's period, from") LocalDate validFrom,
      @Schema(description = "所用规则版本的有效期止（空为长期） / the version's period, to") LocalDate validTo,
      @Schema(description = "所引用版本的文号 / the 文号 of the version evaluated") String docNumber,
      @Schema(description = "所引用版本的条款 / the article of the version evaluated") String article,
      @Schema(
              description =
                  "是否为历史版本（已失效，不受理新申请） / a history version, evaluable, not open to applications")
          boolean history) {}

  /** A change of facts and the money it unlocks across programs. */
  public record ChangeOpportunityView(
      String text,
      List<ChangeView> changes,
      List<ProgramRef> programsUnlocked,
      BigDecimal unlockedMin,
      BigDecimal unlockedMax,
      String unlockedText) {}

  /** A missing fact and the money it could unlock. */
  public record MissingFactView(FactRef fact, List<ProgramRef> programs, BigDecimal couldUnlock) {}

  /** A program named for people. */
  public record ProgramRef(UUID id, String code, String title) {}

  /** Across all programs: what the enterprise gets now, what to change and what to tell us next. */
  public record OpportunitiesView(
      UUID enterpriseId,
      BigDecimal currentMin,
      BigDecimal currentMax,
      String currentText,
      List<ChangeOpportunityView> changes,
      List<MissingFactView> missingFacts) {}
}
