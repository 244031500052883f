package cn.gov.huaian.zjtx.matchmaking.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where places are, roughly: the seats of government of 淮安's county-level divisions (by 区划代码) and
 * of the cities universities sit in (by name, with or without 市), from {@code
 * reference/places.csv}. Coordinates are rounded to 0.01° (about 1 km) and the seat stands for the
 * whole division, so a distance is good to about ±15 km: enough to tell 同城 from 当日往返 from 跨省, which
 * is all the 科技副总 match uses it for. Plain Java.
 */
public final class Places {
  /** A named point. */
  public record Place(String name, double lat, double lon) {}

  /** The city every enterprise in the registry is in: the stand-in for an unknown district. */
  public static final String HOME_CITY = "淮安";

  private static final double EARTH_RADIUS_KM = 6371.0;
  private static final Places INSTANCE = load();

  private final Map<String, Place> districts;
  private final Map<String, Place> cities;

  private Places(Map<String, Place> districts, Map<String, Place> cities) {
    this.districts = districts;
    this.cities = cities;
  }

  public static Places get() {
    return INSTANCE;
  }

  /** A 淮安 district by its 6-digit code. */
  public Optional<Place> district(String code) {
    return Optional.ofNullable(code == null ? null : districts.get(code.strip()));
  }

  /** A city by its name as a university record writes it ("南京市" or "南京"). */
  public Optional<Place> city(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String key = name.strip();
    if (key.endsWith("市") && key.length() > 2) {
      key = key.substring(0, key.length() - 1);
    }
    return Optional.ofNullable(cities.get(key));
  }

  /** Great-circle distance in kilometres (haversine). */
  public static double distanceKm(Place a, Place b) {
    double dLat = Math.toRadians(b.lat() - a.lat());
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat()))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static Places load() {
    Map<String, Place> districts = new HashMap<>();
    Map<String, Place> cities = new HashMap<>();
    Csv.eachRow(
        "/reference/places.csv",
        f -> {
          var place = new Place(f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]));
          ("district".equals(f[0]) ? districts : cities).put(f[1], place);
        });
    return new Places(Map.copyOf(districts), Map.copyOf(cities));
  }
}
