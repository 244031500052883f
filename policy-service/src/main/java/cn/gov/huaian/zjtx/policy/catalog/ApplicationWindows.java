package cn.gov.huaian.zjtx.policy.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 申报批次：the dated batches a catalogue file states under {@code application.batches} (EXTENSIONS.md
 * §4.9). Only dates a document or its notice states are written there; a program without them has
 * no deadline the platform can know, and its window stays text.
 *
 * <p>The deadline that reminders and the application check use is the close of the batch open on
 * the day, else of the next batch to open, else of the last batch (closed: new applications are
 * refused with that date, the truth for a window that has passed).
 */
public record ApplicationWindows(List<Batch> batches) {

  /**
   * One batch: its label and the first and last day applications are taken (the opening may be
   * unstated).
   */
  public record Batch(String label, LocalDate opensOn, LocalDate closesOn) {}

  public ApplicationWindows {
    batches = batches.stream().sorted(Comparator.comparing(Batch::closesOn)).toList();
  }

  /**
   * The batches of {@code application.batches}; a batch without a closing date is no deadline and
   * is left out (the catalogue test refuses such files).
   */
  public static ApplicationWindows of(JsonNode application) {
    List<Batch> batches = new ArrayList<>();
    for (JsonNode b : application.path("batches")) {
      LocalDate closes = date(b, "closesOn");
      if (closes != null) {
        batches.add(new Batch(b.path("label").asText(""), date(b, "opensOn"), closes));
      }
    }
    return new ApplicationWindows(batches);
  }

  /**
   * The batch that applies on {@code day}: the one open, else the next to open, else the last;
   * empty when no batch is dated.
   */
  public Optional<Batch> batchOn(LocalDate day) {
    return batches.stream()
        .filter(b -> !b.closesOn().isBefore(day))
        .findFirst()
        .or(() -> batches.isEmpty() ? Optional.empty() : Optional.of(batches.getLast()));
  }

  private static LocalDate date(JsonNode node, String field) {
    String text = node.path(field).asText("");
    return text.isBlank() ? null : LocalDate.parse(text);
  }
}
