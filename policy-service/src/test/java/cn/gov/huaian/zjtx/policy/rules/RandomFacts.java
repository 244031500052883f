package cn.gov.huaian.zjtx.policy.rules;

import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random enterprises over a catalogue, with values drawn from the same scales the random rules use
 * for their thresholds, so tests land on both sides of every threshold (and on it).
 */
public final class RandomFacts {
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final List<String> OPEN_TEXTS =
      List.of("C3311", "C3464", "C3562", "C3981", "I6513");

  private final FactCatalogue catalogue;
  private final Random random;
  private final double missingRate;

  public RandomFacts(FactCatalogue catalogue, Random random, double missingRate) {
    this.catalogue = catalogue;
    this.random = random;
    this.missingRate = missingRate;
  }

  public FactSet next() {
    FactSet.Builder facts = FactSet.asOf(AS_OF);
    for (FactDefinition fact : catalogue.definitions()) {
      if (random.nextDouble() < missingRate) {
        continue;
      }
      switch (fact.type()) {
        case NUMBER -> facts.number(fact.name(), number(fact, random));
        case BOOLEAN -> facts.flag(fact.name(), random.nextBoolean());
        case TEXT -> facts.text(fact.name(), text(fact, random));
        case TEXT_SET -> facts.textSet(fact.name(), subset(fact, random));
        case DATE -> facts.date(fact.name(), date(random));
      }
    }
    return facts.build();
  }

  /** A value on the fact's usual scale; round values often, so equality tests get hit. */
  static double number(FactDefinition fact, Random random) {
    return switch (fact.unit()) {
      case "元" -> Math.round(Math.pow(10, 5 + random.nextDouble() * 4) / 10_000) * 10_000.0;
      case "%" ->
          random.nextInt(4) == 0
              ? random.nextInt(21) * 5
              : Math.round(random.nextDouble() * 1000) / 10.0;
      case "分" -> random.nextInt(101);
      case "年" -> random.nextInt(16);
      default -> random.nextInt(12);
    };
  }

  static String text(FactDefinition fact, Random random) {
    List<String> pool =
        fact.isOpenVocabulary() ? OPEN_TEXTS : new ArrayList<>(fact.allowedValues());
    pool = pool.stream().sorted().toList();
    return pool.get(random.nextInt(pool.size()));
  }

  static Set<String> subset(FactDefinition fact, Random random) {
    List<String> pool = fact.allowedValues().stream().sorted().toList();
    Set<String> chosen = new LinkedHashSet<>();
    for (String value : pool) {
      if (random.nextInt(3) == 0) {
        chosen.add(value);
      }
    }
    return chosen;
  }

  static LocalDate date(Random random) {
    return LocalDate.of(1995, 1, 1).plusDays(random.nextInt(31 * 365));
  }
}
