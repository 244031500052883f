package cn.gov.huaian.zjtx.enterprise.reference;

import cn.gov.huaian.zjtx.platform.text.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference tables the registry validates against: the 8 county-level divisions of 淮安市, its 113
 * towns and streets, and the GB/T 4754-2017 classification (copied from shared/data/reference; see
 * SOURCES.md there). Plain Java, loaded once from the classpath.
 */
public final class ReferenceData {
  /** A county-level division (区/县, incl. 淮安经济技术开发区). */
  public record District(String code, String name) {}

  /** A township-level division (街道/镇/乡) of a district. */
  public record Town(String code, String name, String districtCode) {}

  /** One entry of GB/T 4754-2017: level 1 section … level 4 class. */
  public record Industry(int level, String code, String name, String section, String division) {}

  private final Map<String, District> districts = new LinkedHashMap<>();
  private final Map<String, Town> towns = new LinkedHashMap<>();
  private final Map<String, Industry> industries = new LinkedHashMap<>();

  private static final ReferenceData BUNDLED = load();

  /** The reference data bundled in {@code src/main/resources/reference}. */
  public static ReferenceData bundled() {
    return BUNDLED;
  }

  private static ReferenceData load() {
    ReferenceData data = new ReferenceData();
    for (List<String> r : rows("huaian_districts.csv")) {
      data.districts.put(r.get(0).trim(), new District(r.get(0).trim(), r.get(1).trim()));
    }
    for (List<String> r : rows("huaian_streets.csv")) {
      data.towns.put(r.get(0).trim(), new Town(r.get(0).trim(), r.get(1).trim(), r.get(2).trim()));
    }
    // level,section,division,group,class,code,name,description
    for (List<String> r : rows("gbt4754_2017_industry.csv")) {
      Industry i =
          new Industry(
              Integer.parseInt(r.get(0).trim()),
              r.get(5).trim(),
              r.get(6).trim(),
              r.get(1).trim(),
              r.get(2).trim());
      data.industries.put(i.code(), i);
    }
    return data;
  }

  private static List<List<String>> rows(String file) {
    try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + file)) {
      if (in == null) {
        throw new IllegalStateException("缺少参考数据文件 " + file);
      }
      List<List<String>> all = Csv.parse(in);
      return all.subList(1, all.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Collection<District> districts() {
    return districts.values();
  }

  public Optional<District> district(String code) {
    return Optional.ofNullable(code == null ? null : districts.get(code.trim()));
  }

  /** By code or by name (清江浦区, or 经开区 for 淮安经济技术开发区). */
  public Optional<District> districtByCodeOrName(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String t = s.trim();
    if (districts.containsKey(t)) {
      return Optional.of(districts.get(t));
    }
    return districts.values().stream()
        .filter(
            d ->
                d.name().equals(t)
                    || d.name().equals("淮安" + t)
                    || ("经开区".equals(t) && d.code().equals("320871")))
        .findFirst();
  }

  public Collection<Town> towns() {
    return towns.values();
  }

  public List<Town> towns(String districtCode) {
    return towns.values().stream().filter(t -> t.districtCode().equals(districtCode)).toList();
  }

  public Optional<Town> town(String code) {
    return Optional.ofNullable(code == null ? null : towns.get(code.trim()));
  }

  /** A town of the district by code or name. */
  public Optional<Town> townByCodeOrName(String districtCode, String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String t = s.trim();
    if (towns.containsKey(t)) {
      return Optional.of(towns.get(t));
    }
    return towns.values().stream()
        .filter(x -> x.districtCode().equals(districtCode) && x.name().equals(t))
        .findFirst();
  }

  public Optional<Industry> industry(String code) {
    return Optional.ofNullable(code == null ? null : industries.get(code.trim()));
  }

  /** A level-4 class (4 digits), the only level an enterprise is registered with. */
  public Optional<Industry> industryClass(String code) {
    return industry(code).filter(i -> i.level() == 4);
  }

  public Collection<Industry> industries() {
    return industries.values();
  }
}
