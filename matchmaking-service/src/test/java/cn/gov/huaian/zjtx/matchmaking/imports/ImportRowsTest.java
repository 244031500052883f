package cn.gov.huaian.zjtx.matchmaking.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading and checking import rows with the API's rules, column by column, and the defaults. */
class ImportRowsTest {
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  /** A table whose columns are the given Chinese headers, with one row of cells. */
  static ImportFile.Table table(ImportKind kind, Map<String, String> cells) throws Exception {
    var headers = List.copyOf(cells.keySet());
    var values = List.copyOf(cells.values());
    return ImportFile.table(List.of(headers, values), kind);
  }

  static Map<String, String> cells(String... pairs) {
    var m = new LinkedHashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  @Test
  void aJiangsuCitysProvinceIsFilledAndSaid() throws Exception {
    var t = table(ImportKind.UNIVERSITIES, cells("高校名称", "淮阴工学院", "所在城市", "淮安市"));
    var parsed = ImportRows.university(t.rows().getFirst(), t);
    assertThat(parsed.ok()).isTrue();
    assertThat(parsed.value().university().province()).isEqualTo("江苏省");
    assertThat(parsed.defaults()).containsExactly("所在省份未填，按城市“淮安市”填为江苏省");
    var far = table(ImportKind.UNIVERSITIES, cells("高校名称", "西安交通大学", "所在城市", "西安市"));
    var missing = ImportRows.university(far.rows().getFirst(), far);
    assertThat(missing.errors()).containsExactly(new ImportRows.RowError("province", "所在省份不能为空"));
  }

  @Test
  void anExpertRowIsCheckedWithTheApiRulesAndEachErrorNamesItsColumn() throws Exception {
    var t =
        table(
            ImportKind.EXPERTS,
            cells(
                "所属高校", "淮阴工学院",
                "姓名", "",
                "研究方向", "数控机床热误差补偿",
                "学科代码", "E0509；Z9999",
                "服务产业集群", "智能装备及新能源、火星产业",
                "可承接合作数（项）", "很多",
                "愿意担任科技副总", "也许"));
    var parsed = ImportRows.expert(t.rows().getFirst(), t);
    assertThat(parsed.ok()).isFalse();
    assertThat(parsed.errors())
        .extracting(ImportRows.RowError::column)
        .contains("姓名", "学科代码", "服务产业集群", "愿意担任科技副总");
    assertThat(parsed.errors())
        .anySatisfy(e -> assertThat(e.message()).contains("Z9999").contains("国家自然科学基金"))
        .anySatisfy(e -> assertThat(e.message()).isEqualTo("“也许”应为“是”或“否”"))
        .anySatisfy(e -> assertThat(e.message()).isEqualTo("姓名不能为空"));
  }

  @Test
  void aGoodExpertRowBecomesTheApiRequestWithAchievementTypesInferred() throws Exception {
    var t =
        table(
            ImportKind.EXPERTS,
            cells(
                "所属高校", "淮阴工学院",
                "姓名", "王建国",
                "学院", "机械与材料工程学院",
                "职称", "教授",
                "研究方向", "数控机床主轴热误差建模与补偿",
                "学科代码", "E0509 E0510",
                "代表性成果",
                    "一种机床主轴热变形补偿方法（2021）；论文：主轴热误差的神经网络建模 2019；江苏省科学技术奖三等奖；GB/T 1234-2020 数控机床精度检验",
                "可承接合作数", "3",
                "愿意担任科技副总", "是",
                "产业经历", "在数控企业挂职技术副总两年",
                "所属团队", "智能装备团队"));
    var parsed = ImportRows.expert(t.rows().getFirst(), t);
    assertThat(parsed.errors()).isEmpty();
    var e = parsed.value().expert();
    assertThat(e.disciplines()).containsExactly("E0509", "E0510");
    assertThat(e.capacity()).isEqualTo(3);
    assertThat(e.willingVicePresident()).isTrue();
    assertThat(e.industryExperience()).isEqualTo("在数控企业挂职技术副总两年");
    assertThat(e.achievements())
        .containsExactly(
            new Expert.Achievement("专利", "一种机床主轴热变形补偿方法", 2021),
            new Expert.Achievement("论文", "主轴热误差的神经网络建模", 2019),
            new Expert.Achievement("奖励", "江苏省科学技术奖三等奖", null),
            new Expert.Achievement("标准", "GB/T 1234-2020 数控机床精度检验", null));
    assertThat(parsed.value().team()).isEqualTo("智能装备团队");
    assertThat(parsed.defaults()).containsExactly("3 项成果未填类型，已按名称推断（专利、标准、奖励、项目，其余为论文）");
  }

  @Test
  void achievementTypesAreInferredFromTitles() {
    assertThat(ImportRows.kindOf("一种锂电池热失控预警方法")).isEqualTo("专利");
    assertThat(ImportRows.kindOf("发明专利 ZL202110012345.6")).isEqualTo("专利");
    assertThat(ImportRows.kindOf("国家自然科学基金面上项目：复合材料界面")).isEqualTo("项目");
    assertThat(ImportRows.kindOf("T/CAS 团体标准 起草")).isEqualTo("标准");
    assertThat(ImportRows.kindOf("淮安市科技进步奖一等奖")).isEqualTo("奖励");
    assertThat(ImportRows.kindOf("基于深度学习的焊缝识别")).isEqualTo("论文");
  }

  @Test
  void aNeedWithoutPublicSummaryTakesTheStartOfItsDescriptionAndSaysSo() throws Exception {
    var t =
        table(
            ImportKind.NEEDS,
            cells(
                "统一社会信用代码", "91320800ma1mg4yk6x",
                "需求名称", "注塑件缩痕控制",
                "需求描述", "汽车内饰件注塑后表面缩痕明显，良品率约 92%。希望提高到 97% 以上。模具为两板模。",
                "预算上限（万元）", "50",
                "截止日期", "2026年9月30日",
                "合作方式", "技术开发"));
    var parsed = ImportRows.need(t.rows().getFirst(), t, TODAY);
    assertThat(parsed.errors()).isEmpty();
    var need = parsed.value().need();
    // Sentences until 30 characters or more: the gist, not the whole description.
    assertThat(need.publicSummary()).isEqualTo("汽车内饰件注塑后表面缩痕明显，良品率约 92%。希望提高到 97% 以上。");
    assertThat(need.budgetMax()).isEqualByComparingTo(new BigDecimal("500000"));
    assertThat(need.deadline()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(parsed.value().enterprise().creditCode()).isEqualTo("91320800MA1MG4YK6X");
    assertThat(parsed.defaults()).containsExactly("公开摘要未填，取需求描述的开头（公开可见，请核对）");
  }

  @Test
  void aNeedRowNamesNoFirmOrABadOneAndThatIsSaid() throws Exception {
    var t = table(ImportKind.NEEDS, cells("企业名称", "", "需求名称", "注塑件缩痕控制"));
    assertThat(ImportRows.need(t.rows().getFirst(), t, TODAY).errors())
        .extracting(ImportRows.RowError::message)
        .containsExactly("须填写企业编号、统一社会信用代码或企业名称之一");
    var bad =
        table(
            ImportKind.NEEDS, cells("企业编号", "abc", "需求名称", "注塑件缩痕控制", "预算上限", "很多", "截止日期", "下个月"));
    assertThat(ImportRows.need(bad.rows().getFirst(), bad, TODAY).errors())
        .extracting(ImportRows.RowError::column)
        .containsExactlyInAnyOrder("企业编号", "预算上限", "截止日期");
  }

  @Test
  void jsonValuesMayBeListsAndObjects() throws Exception {
    byte[] jsonl =
        ("{\"university\":\"淮阴工学院\",\"name\":\"李四\",\"researchDirections\":\"高分子注塑\","
                + "\"disciplines\":[\"E0301\"],\"achievements\":[{\"title\":\"一种注塑模具冷却结构\",\"year\":2022},\"注塑缩痕的数值模拟\"],"
                + "\"capacity\":2,\"willingVicePresident\":false,\"extra\":1}\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var t = ImportFile.read(jsonl, "experts.jsonl", ImportKind.EXPERTS);
    assertThat(t.ignored()).containsExactly("extra");
    var parsed = ImportRows.expert(t.rows().getFirst(), t);
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.value().expert().achievements())
        .containsExactly(
            new Expert.Achievement("专利", "一种注塑模具冷却结构", 2022),
            new Expert.Achievement("论文", "注塑缩痕的数值模拟", null));
    assertThat(parsed.value().expert().willingVicePresident()).isFalse();
  }
}
