package cn.gov.huaian.zjtx.deploy.k8s;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a kustomization as {@code kubectl kustomize} would, for the subset the platform's
 * overlays use (no kustomize library for Java resolves from Maven Central): {@code resources}
 * (files and directories), {@code patches} (strategic-merge patch files, the target named by the
 * patch's kind and name), {@code replicas}, {@code secretGenerator} ({@code envs} and {@code
 * files}, with {@code generatorOptions.disableNameSuffixHash: true}) and {@code namespace}.
 * Anything else in a kustomization fails the rendering, so the overlays stay within what this
 * renders faithfully.
 *
 * <p>Patches merge maps key by key, remove a key patched to null, merge lists whose elements all
 * carry a {@code name} by that name (as kustomize does for containers, env, volumes and, without a
 * schema, custom resources' named lists) and replace every other list.
 *
 * <p>Generators read the {@code .example} beside each of their files (the templates in git), not
 * the files with real values a deployer may have created beside them; {@link #examplesUsed()} lists
 * those read. A file without an {@code .example} (no secret in it) is read as is.
 */
final class Kustomize {
  private static final Set<String> SUPPORTED =
      Set.of(
          "apiVersion",
          "kind",
          "namespace",
          "resources",
          "patches",
          "replicas",
          "secretGenerator",
          "generatorOptions");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Set<Path> examplesUsed = new LinkedHashSet<>();
  private final Set<String> generatedSecrets = new LinkedHashSet<>();

  /** The rendered resources of the kustomization in {@code dir}. */
  List<Map<String, Object>> render(Path dir) {
    Map<String, Object> k = readOne(dir.resolve("kustomization.yaml"));
    for (String key : k.keySet()) {
      if (!SUPPORTED.contains(key)) {
        throw new IllegalStateException(
            dir + "/kustomization.yaml uses '" + key + "', outside the subset rendered here");
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object entry : list(k.get("resources"))) {
      Path p = dir.resolve((String) entry).normalize();
      if (Files.isDirectory(p)) {
        out.addAll(render(p));
      } else {
        out.addAll(readAll(p));
      }
    }
    Map<String, Object> options = map(k.get("generatorOptions"));
    for (Object g : list(k.get("secretGenerator"))) {
      if (!Boolean.TRUE.equals(options.get("disableNameSuffixHash"))) {
        throw new IllegalStateException(dir + ": generators need disableNameSuffixHash: true here");
      }
      out.add(secret(dir, map(g)));
    }
    for (Object patch : list(k.get("patches"))) {
      Map<String, Object> spec = map(patch);
      if (spec.keySet().stream().anyMatch(key -> !key.equals("path"))) {
        throw new IllegalStateException(dir + ": only 'path' patches are rendered here: " + spec);
      }
      for (Map<String, Object> p : readAll(dir.resolve((String) spec.get("path")))) {
        Map<String, Object> target =
            find(out, (String) p.get("kind"), name(p))
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            dir + ": patch target " + p.get("kind") + "/" + name(p) + " missing"));
        merge(target, p);
      }
    }
    for (Object r : list(k.get("replicas"))) {
      Map<String, Object> spec = map(r);
      Map<String, Object> target =
          find(out, "Deployment", (String) spec.get("name"))
              .orElseThrow(() -> new IllegalStateException(dir + ": replicas target " + spec));
      map(target.get("spec")).put("replicas", spec.get("count"));
    }
    if (k.get("namespace") != null) {
      for (Map<String, Object> resource : out) {
        map(resource.get("metadata")).put("namespace", k.get("namespace"));
      }
    }
    return out;
  }

  /** The {@code .example} files read in place of generator files missing from the tree. */
  Set<Path> examplesUsed() {
    return examplesUsed;
  }

  /** Names of the Secrets that came from generators (not written out as objects). */
  Set<String> generatedSecrets() {
    return generatedSecrets;
  }

  private Map<String, Object> secret(Path dir, Map<String, Object> g) {
    Map<String, String> data = new LinkedHashMap<>();
    for (Object env : list(g.get("envs"))) {
      for (String line : read(dir.resolve((String) env)).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        int eq = l.indexOf('=');
        data.put(l.substring(0, eq), l.substring(eq + 1));
      }
    }
    for (Object file : list(g.get("files"))) {
      String spec = (String) file;
      int eq = spec.indexOf('=');
      Path p = dir.resolve(eq < 0 ? spec : spec.substring(eq + 1));
      data.put(eq < 0 ? p.getFileName().toString() : spec.substring(0, eq), read(p));
    }
    for (Object literal : list(g.get("literals"))) {
      throw new IllegalStateException(dir + ": literals would put values into git: " + literal);
    }
    Map<String, Object> encoded = new LinkedHashMap<>();
    data.forEach(
        (key, value) ->
            encoded.put(
                key, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
    String name = (String) g.get("name");
    generatedSecrets.add(name);
    Map<String, Object> secret = new LinkedHashMap<>();
    secret.put("apiVersion", "v1");
    secret.put("kind", "Secret");
    secret.put("metadata", new LinkedHashMap<>(Map.of("name", name)));
    secret.put("type", Objects.requireNonNullElse(g.get("type"), "Opaque"));
    secret.put("data", encoded);
    return secret;
  }

  /** Strategic merge, as described on the class. */
  @SuppressWarnings("unchecked")
  static void merge(Map<String, Object> target, Map<String, Object> patch) {
    patch.forEach(
        (key, value) -> {
          Object current = target.get(key);
          if (value == null) {
            target.remove(key);
          } else if (current instanceof Map && value instanceof Map) {
            merge((Map<String, Object>) current, (Map<String, Object>) value);
          } else if (current instanceof List<?> c && value instanceof List<?> v && named(c, v)) {
            for (Object each : v) {
              Map<String, Object> element = (Map<String, Object>) each;
              find((List<Map<String, Object>>) c, element.get("name"))
                  .ifPresentOrElse(
                      existing -> merge(existing, element), () -> ((List<Object>) c).add(element));
            }
          } else {
            target.put(key, value);
          }
        });
  }

  private static boolean named(List<?> a, List<?> b) {
    return !b.isEmpty()
        && java.util.stream.Stream.concat(a.stream(), b.stream())
            .allMatch(e -> e instanceof Map<?, ?> m && m.get("name") != null);
  }

  private static java.util.Optional<Map<String, Object>> find(
      List<Map<String, Object>> list, Object name) {
    return list.stream().filter(e -> name.equals(e.get("name"))).findFirst();
  }

  static java.util.Optional<Map<String, Object>> find(
      List<Map<String, Object>> resources, String kind, String name) {
    return resources.stream()
        .filter(r -> kind.equals(r.get("kind")) && name.equals(name(r)))
        .findFirst();
  }

  static String name(Map<String, Object> resource) {
    return (String) map(resource.get("metadata")).get("name");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o == null ? new LinkedHashMap<>() : (Map<String, Object>) o;
  }

  static List<?> list(Object o) {
    return o == null ? List.of() : (List<?>) o;
  }

  private String read(Path p) {
    Path file = p.resolveSibling(p.getFileName() + ".example");
    if (Files.exists(file)) {
      examplesUsed.add(file);
    } else {
      file = p;
    }
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> readOne(Path p) {
    List<Map<String, Object>> docs = readAll(p);
    if (docs.size() != 1) {
      throw new IllegalStateException(p + ": expected one document");
    }
    return docs.get(0);
  }

  static List<Map<String, Object>> readAll(Path p) {
    try (MappingIterator<Map<String, Object>> it =
        YAML.readerForMapOf(Object.class).readValues(p.toFile())) {
      List<Map<String, Object>> docs = new ArrayList<>();
      while (it.hasNext()) {
        Map<String, Object> doc = it.next();
        if (doc != null && !doc.isEmpty()) {
          docs.add(doc);
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(p.toString(), e);
    }
  }
}
