package cn.gov.huaian.zjtx.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every problem slug the code answers with is in the one catalogue, docs/problem-types.md. */
class ProblemTypesCatalogueTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern SLUG_IN_CODE =
      Pattern.compile(
          "(?:ProblemException\\(\\s*\\d{3},\\s*|conflict\\(|send\\(rc, \\d{3}, |respond\\(\\s*\\d{3},\\s*)\"([a-z0-9-]+)\"");

  @Test
  void everySlugUsedInCodeIsCatalogued() throws IOException {
    String catalogue = Files.readString(REPO.resolve("docs/problem-types.md"));
    Set<String> used = slugsInCode();
    assertThat(used).as("slugs found in the sources").hasSizeGreaterThan(30);
    Set<String> missing = new TreeSet<>();
    for (String slug : used) {
      if (!catalogue.contains("`" + slug + "`")) {
        missing.add(slug);
      }
    }
    assertThat(missing).as("problem types missing from docs/problem-types.md").isEmpty();
  }

  private static Set<String> slugsInCode() throws IOException {
    Set<String> slugs = new TreeSet<>();
    Files.walkFileTree(
        REPO,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            // Build output, the portal's node_modules and git's objects hold no source of ours.
            return Set.of("node_modules", "target", ".git", "logs").contains(name)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            String path = file.toString();
            if (path.endsWith(".java") && path.contains("/src/main/java/")) {
              Matcher m = SLUG_IN_CODE.matcher(Files.readString(file));
              while (m.find()) {
                slugs.add(m.group(1));
              }
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return slugs;
  }
}
