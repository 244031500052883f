package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.policy.catalog.ApplicationPeriodView;
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
      @Schema(description = "所引用版本的条款 / the article of the version evaluated") String article,
      @Schema(description = "待人工核验的项数（status 为 PENDING_VERIFICATION 时大于 0） / manual checks pending")
          int pendingChecks,
      @Schema(description = "奖补方式：现金奖补、税收优惠、认定类、非货币、融资支持 / benefit kind") String benefitKind,
      @Schema(description = "奖补内容（文件原文） / the benefit as the document states it")
          String benefitText,
      @Schema(description = "应显示的奖补：有金额时为“约 X万元”，否则为奖补方式与原文，绝不显示“0万元” / what to show")
          String benefitDisplay,
      @Schema(description = "是否有可计算金额 / whether benefitDisplay is an amount") boolean monetary,
      @Schema(description = "税收优惠的估算节税（仅估算，不计入现金奖补合计）；无法估算时为空 / estimated tax saving")
          TaxSavingView taxSaving,
      @Schema(description = "企业已持有该项目授予的称号时为其证书（此时结论是按现行标准的复核预判）；否则为空 / the title held")
          HeldView held) {}

  /**
   * 已持有：the certificate a firm holds of what a certification program grants. It keeps the title
   * until {@code validUntil}; the program's verdict then previews the next review.
   */
  public record HeldView(
      @Schema(description = "称号 / the title") String label,
      @Schema(description = "首次认定日期（登记有时） / first certified on") LocalDate firstCertifiedOn,
      @Schema(description = "有效期至（登记有时） / valid until") LocalDate validUntil,
      @Schema(description = "文件的过渡安排 / the transition as the document states it") String note) {
    static HeldView of(cn.gov.huaian.zjtx.policy.rules.assess.Holding.Held held) {
      return held == null
          ? null
          : new HeldView(held.label(), held.firstCertifiedOn(), held.validUntil(), held.note());
    }
  }

  /**
   * 估算节税 of a tax preference for one firm: computed from the document's figures and the firm's
   * facts, shown as an estimate with its arithmetic, never added to cash awards.
   */
  public record TaxSavingView(
      BigDecimal min,
      BigDecimal max,
      @Schema(description = "如“估算节税约 5～25万元” / one-line display") String display,
      @Schema(description = "估算口径，如“上年度研发费用 100万元 × 100% × 税率5%（小型微利）～25%” / the arithmetic")
          String basis) {
    static TaxSavingView of(cn.gov.huaian.zjtx.policy.rules.benefit.TaxSaving saving) {
      return saving == null
          ? null
          : new TaxSavingView(
              saving.amount().min(), saving.amount().max(), saving.display(), saving.basis());
    }
  }

  /** 需人工核验 item of one result: PENDING (需人工核验), PASSED (已核验通过) or FAILED (核验未通过). */
  public record ManualCheckView(
      String id,
      String label,
      String clause,
      String state,
      String stateLabel,
      String note,
      Instant recordedAt) {
    static ManualCheckView of(LiveProgram.ManualCheck c, Verifications.Finding f) {
      if (f == null) {
        return new ManualCheckView(c.id(), c.label(), c.clause(), "PENDING", "需人工核验", null, null);
      }
      return new ManualCheckView(
          c.id(),
          c.label(),
          c.clause(),
          f.passed() ? "PASSED" : "FAILED",
          f.passed() ? "已核验通过" : "核验未通过",
          f.note(),
          f.recordedAt());
    }

    /** The check as a criterion of the trace: never true until a person verified it. */
    TraceView asTrace() {
      return new TraceView(
          label,
          clause,
          "",
          stateLabel,
          "人工核验",
          "核验通过",
          switch (state) {
            case "PASSED" -> "TRUE";
            case "FAILED" -> "FALSE";
            default -> "MANUAL";
          },
          stateLabel,
          List.of());
    }
  }

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
      @Schema(description = "TRUE、FALSE、UNKNOWN，或 MANUAL（需人工核验，不自动判定为满足）") String result,
      String resultLabel,
      List<TraceView> children) {
    /** The trace with the manual checks as criteria of its own, after the rules' criteria. */
    TraceView withManualChecks(List<ManualCheckView> checks, String rootResult, String rootLabel) {
      if (checks.isEmpty()) {
        return this;
      }
      List<TraceView> all = new java.util.ArrayList<>(children);
      checks.forEach(c -> all.add(c.asTrace()));
      return new TraceView(
          criterion, clause, fact, actual, operator, required, rootResult, rootLabel, all);
    }

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

  /** One fact change of a gap; {@code timeOnly} when only time makes it (满 N 年后), not an action. */
  public record ChangeView(
      String fact, String label, String from, String to, String text, boolean timeOnly) {
    static ChangeView of(FactChange c) {
      return new ChangeView(
          c.fact().name(),
          c.fact().label(),
          c.from() == null ? null : FactDisplay.value(c.fact(), c.from()),
          FactDisplay.value(c.fact(), c.to()),
          c.describe(),
          c.timeOnly());
    }
  }

  /**
   * What stands between the enterprise and the program: CHANGE (facts to change), WAIT (only time:
   * 满 N 年后) or VERIFY (待人工核验: nothing to change, an admin to check).
   */
  public record GapView(
      String text,
      String resultAfter,
      List<ChangeView> changes,
      @Schema(description = "CHANGE（需改变的事实）、WAIT（满 N 年后，只需时间）、VERIFY（待人工核验）") String kind) {
    static GapView of(Gap g) {
      List<ChangeView> changes = g.changes().stream().map(ChangeView::of).toList();
      boolean onlyTime = !changes.isEmpty() && changes.stream().allMatch(ChangeView::timeOnly);
      return new GapView(
          g.describe(), g.resultAfter().name(), changes, onlyTime ? "WAIT" : "CHANGE");
    }

    static GapView verify(List<ManualCheckView> pending) {
      return new GapView(
          "待人工核验 "
              + pending.size()
              + " 项："
              + String.join("；", pending.stream().map(ManualCheckView::label).toList()),
          "TRUE",
          List.of(),
          "VERIFY");
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
          boolean history,
      @Schema(description = "需人工核验的条件及其核验状态；待核验项不是要企业做的改变 / manual checks and their state")
          List<ManualCheckView> manualChecks,
      String benefitKind,
      String benefitText,
      @Schema(description = "应显示的奖补（绝不显示“0万元”） / what to show") String benefitDisplay,
      boolean monetary,
      @Schema(description = "税收优惠的估算节税（仅估算，不计入现金奖补合计）；无法估算时为空 / estimated tax saving")
          TaxSavingView taxSaving,
      @Schema(description = "企业已持有该项目授予的称号时为其证书；否则为空 / the title held") HeldView held,
      @Schema(description = "申报期（空为未规定日期或免申即享） / the application period")
          ApplicationPeriodView applicationPeriod) {}

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
