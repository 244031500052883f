package cn.gov.huaian.zjtx.matchmaking.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The universities an import knows (registered ones, confirmed aliases, those the import created),
 * looked up by name as {@link UniversityNames} compares names. Plain Java; one per job.
 */
public final class UniversityIndex {
  /** A registered university. */
  public record Entry(UUID id, String name) {}

  /** What a name finds: the university itself, or look-alikes to ask about, or nothing. */
  public sealed interface Lookup permits Found, LookAlike, Unknown {}

  public record Found(Entry university) implements Lookup {}

  public record LookAlike(List<Entry> candidates) implements Lookup {
    public Entry first() {
      return candidates.getFirst();
    }

    /** 淮安信息职业技术大学、… for a message. */
    public String names() {
      return String.join("、", candidates.stream().map(e -> "“" + e.name() + "”").toList());
    }
  }

  public record Unknown() implements Lookup {}

  private final Map<String, Entry> byKey = new HashMap<>();
  private final List<Entry> all = new ArrayList<>();

  /**
   * @param aliases confirmed alias keys → university id
   */
  public UniversityIndex(List<Entry> universities, Map<String, UUID> aliases) {
    universities.forEach(this::add);
    Map<UUID, Entry> byId = new HashMap<>();
    universities.forEach(e -> byId.put(e.id(), e));
    aliases.forEach(
        (key, id) -> {
          Entry e = byId.get(id);
          if (e != null) {
            byKey.putIfAbsent(key, e);
          }
        });
  }

  public void add(Entry e) {
    byKey.putIfAbsent(UniversityNames.key(e.name()), e);
    all.add(e);
  }

  /** Records that {@code name} is confirmed to be {@code university}. */
  public void alias(String name, Entry university) {
    byKey.put(UniversityNames.key(name), university);
  }

  public Lookup find(String name) {
    Entry exact = byKey.get(UniversityNames.key(name));
    if (exact != null) {
      return new Found(exact);
    }
    var similar = all.stream().filter(e -> UniversityNames.similar(name, e.name())).toList();
    return similar.isEmpty() ? new Unknown() : new LookAlike(similar);
  }
}
