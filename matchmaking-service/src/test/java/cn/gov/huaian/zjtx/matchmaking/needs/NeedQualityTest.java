package cn.gov.huaian.zjtx.matchmaking.needs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The intake gate: what it asks for, in whose words, and that it can be tuned. */
class NeedQualityTest {

  @Test
  void aWishToCooperateIsFlaggedWithWhatIsMissingAndAnExample() {
    var r = NeedQuality.assess("注塑件", "想找专家合作。", null);
    assertThat(r.ok()).isFalse();
    assertThat(r.status()).isEqualTo("NEEDS_WORK");
    assertThat(r.statusName()).isEqualTo("待完善");
    assertThat(r.checks())
        .filteredOn(c -> !c.passed())
        .extracting(NeedQuality.Check::id)
        .containsExactly("detail", "problem", "currentState", "parameters", "target", "notVague");
    assertThat(r.guidance())
        .startsWith("需求已发布，标为“待完善”")
        .contains("目前注塑件的良品率约 92%，希望提高到 97% 以上")
        .contains("数字仅为示例");
  }

  @Test
  void aConcreteNeedPasses() {
    var r =
        NeedQuality.assess(
            "电池包快充温差控制",
            "动力电池包 2C 快充时模组间温差超过 8℃，客户要求控制在 3℃ 以内。",
            "目前采用底部液冷板，流道为单进单出，已试过加大流量，温差只降到 6℃。希望优化流道设计或热管理策略。");
    assertThat(r.ok()).isTrue();
    assertThat(r.statusName()).isEqualTo("合格");
    assertThat(r.passed()).isEqualTo(6);
    assertThat(r.guidance()).isNull();
  }

  @Test
  void aShopFloorNeedWithoutFiguresPassesButIsToldWhatWouldHelp() {
    var r =
        NeedQuality.assess(
            "汽车内饰件表面老有缩痕",
            "我们给主机厂配套门板和中控饰板，厚的地方表面老是凹下去一块，客户检验判不合格。",
            "门板扶手背面有加强筋和螺丝柱的位置，正面总有凹下去的印子。调过保压时间和料温，好一点但周期拉长，产量跟不上。");
    assertThat(r.ok()).isTrue();
    assertThat(r.checks())
        .filteredOn(c -> !c.passed())
        .extracting(NeedQuality.Check::id)
        .containsExactly("parameters", "target");
    // The example speaks of what this need is about (cycle time), not of a made-up yield.
    assertThat(r.guidance()).startsWith("需求可以匹配，补充以下内容会更准").contains("节拍约 60 秒/件");
  }

  @Test
  void theExampleFollowsTheKindOfFigureTheNeedIsAbout() {
    assertThat(NeedQuality.example("主轴温升大", "主轴")).contains("温差约 8 ℃");
    assertThat(NeedQuality.example("加工精度不够", "箱体")).contains("±0.01 mm");
    assertThat(NeedQuality.example("刀具寿命短", "刀具")).contains("5000 小时");
    assertThat(NeedQuality.example("成品率低", "米粉")).isEqualTo("目前米粉的良品率约 92%，希望提高到 97% 以上");
    assertThat(NeedQuality.subject("速溶米粉烘干后结块")).isEqualTo("产品");
    assertThat(NeedQuality.subject("锂电池回收技术需求")).isEqualTo("锂电池回收");
  }

  @Test
  void theBarIsASetting() {
    String title = "焊缝跟踪";
    String summary = "中厚板多层多道焊时焊缝跟踪精度不足，目前靠人工示教。";
    var lenient = NeedQuality.assess(title, summary, null, new NeedQuality.Settings(3, 20));
    var strict = NeedQuality.assess(title, summary, null, new NeedQuality.Settings(6, 20));
    assertThat(lenient.passed()).isEqualTo(strict.passed());
    assertThat(lenient.ok()).isTrue();
    assertThat(strict.ok()).isFalse();
    assertThat(NeedQuality.assess(title, summary, null, new NeedQuality.Settings(3, 100)).checks())
        .filteredOn(c -> c.id().equals("detail"))
        .allSatisfy(c -> assertThat(c.passed()).isFalse());
  }
}
