package cn.gov.huaian.zjtx.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnSizesTest {
  @TempDir Path dir;

  @Test
  void migrationsAreReadInVersionOrder() throws Exception {
    Files.writeString(
        dir.resolve("V1__a.sql"),
        """
        -- a comment with varchar(9)
        create table thing (
            id uuid primary key,
            name varchar(50) not null check (name <> ''),
            code character varying(10),
            tags varchar(20)[],
            note text,
            price numeric(16, 2)
        );
        """);
    Files.writeString(
        dir.resolve("V10__b.sql"),
        """
        alter table thing add column owner varchar(100);
        alter table thing alter column code type text;
        alter table thing rename column name to title;
        """);
    Files.writeString(
        dir.resolve("V2__c.sql"), "alter table thing alter column name type varchar(60);");
    assertThat(ColumnSizes.lengths(dir))
        .isEqualTo(Map.of("thing", Map.of("title", 60, "owner", 100)));
  }

  @Test
  void aFieldsOwnViolationsCheckIsFound() {
    String source =
        """
        String name = v.requiredName("name", "姓名", r.name(), 1, 50);
        v.optionalText(f + "title", label + "职务", c.title(), 30);
        v.requiredText("achievements[" + i + "].title", "成果名称", a.title(), 300);
        v.requiredText("summary", "摘要", in == null ? null : in.summary(), SUMMARY_MAX);
        static final int SUMMARY_MAX = 2000;
        """;
    assertThat(ColumnSizes.violationsMax(source, "name", source)).containsExactly(50);
    assertThat(ColumnSizes.violationsMax(source, "title", source)).containsExactly(30);
    assertThat(ColumnSizes.violationsMax(source, "summary", source)).containsExactly(2000);
    assertThat(ColumnSizes.violationsMax(source, "other", source)).isEqualTo(List.of());
    assertThat(ColumnSizes.snake("docNumber")).isEqualTo("doc_number");
  }
}
