package cn.gov.huaian.zjtx.platform.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps every text a request can write inside the column that stores it (issue 14: a commissioner
 * name of 100,000 characters was a 500 from a varchar(50)). Used by each service's {@code
 * ColumnSizeTest}: it reads the sized text columns from the Flyway migrations, the JPA entities'
 * text fields, and the request bodies of the JAX-RS resources, and reports
 *
 * <ul>
 *   <li>an entity whose {@code @Column(length)} or {@code @Size} disagrees with its migration;
 *   <li>a request body that no test maps to the table it writes (so a new one cannot slip by);
 *   <li>a text field of a request body stored in a sized column without a size check, or with a
 *       larger one: Bean Validation {@code @Size(max)} on the component, or a {@code Violations}
 *       call ({@code requiredText}, {@code optionalText}, {@code requiredName}, {@code
 *       optionalName}) naming the field in a source that refers to the body's type;
 *   <li>a sized entity text column that no request body reaches and that is not declared as set by
 *       the system.
 * </ul>
 *
 * Reflection and text only; no framework. Lengths are characters in PostgreSQL and code points in
 * {@code Violations}, so a check of {@code max} code points fits a {@code varchar(max)}.
 */
public final class ColumnSizes {
  /** A body component that is not stored in a sized column of its table. */
  public static final String NOT_STORED = "-";

  private static final Pattern CREATE =
      Pattern.compile(
          "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)\\s*\\((.*?)\\)\\s*;",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern SIZED =
      Pattern.compile(
          "^\\s*(\\w+)\\s+(?:varchar|character\\s+varying|char|character)\\s*\\(\\s*(\\d+)\\s*\\)(?!\\s*\\[)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ALTER =
      Pattern.compile(
          "alter\\s+table\\s+(?:only\\s+)?(\\w+)\\s+(.*?);",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern ADD =
      Pattern.compile(
          "add\\s+column\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)\\s+(?:varchar|character\\s+varying)\\s*\\(\\s*(\\d+)\\s*\\)(?!\\s*\\[)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RETYPE =
      Pattern.compile(
          "alter\\s+column\\s+(\\w+)\\s+(?:set\\s+data\\s+)?type\\s+(\\w+(?:\\s+varying)?)\\s*(?:\\(\\s*(\\d+)\\s*\\))?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RENAME =
      Pattern.compile("rename\\s+column\\s+(\\w+)\\s+to\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DROP =
      Pattern.compile("drop\\s+column\\s+(?:if\\s+exists\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> CHECKS =
      Set.of("requiredText", "optionalText", "requiredName", "optionalName");
  private static final Set<String> NOT_BODY =
      Set.of(
          "PathParam",
          "QueryParam",
          "HeaderParam",
          "CookieParam",
          "MatrixParam",
          "FormParam",
          "Context",
          "RestForm",
          "RestPath",
          "RestQuery",
          "RestHeader",
          "BeanParam",
          "Suspended");

  private ColumnSizes() {}

  /**
   * What a service's test declares.
   *
   * @param module the service's folder (holds {@code src/main/java} and the migrations)
   * @param classes every compiled class of the service's main code
   * @param bodies request body type → table it writes
   * @param columns {@code "Body.component"} → column when the names differ, or {@link #NOT_STORED}
   * @param bounded {@code "Body.component"} → how its values are bounded otherwise (one of a fixed
   *     set, a pattern), for components checked neither by {@code @Size} nor by {@code Violations}
   * @param systemSet {@code "table.column"} → why no request writes it
   */
  public record Service(
      Path module,
      Collection<Class<?>> classes,
      Map<Class<?>, String> bodies,
      Map<String, String> columns,
      Map<String, String> bounded,
      Map<String, String> systemSet) {}

  /** Every compiled main class under {@code basePackage} (tests excluded). */
  public static List<Class<?>> mainClasses(String basePackage) {
    List<Class<?>> out = new ArrayList<>();
    for (com.tngtech.archunit.core.domain.JavaClass c :
        new com.tngtech.archunit.core.importer.ClassFileImporter()
            .withImportOption(
                com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(basePackage)) {
      out.add(c.reflect());
    }
    return out;
  }

  /** Every problem found, one line each; empty when the columns are safe. */
  public static List<String> problems(Service s) {
    Map<String, Map<String, Integer>> sized =
        lengths(s.module().resolve("src/main/resources/db/migration"));
    String sources = sources(s.module().resolve("src/main/java"));
    Map<String, String> files = sourceFiles(s.module().resolve("src/main/java"));
    List<String> problems = new ArrayList<>();
    Set<String> reached = new TreeSet<>();

    for (Class<?> body : requestBodies(s.classes())) {
      if (!s.bodies().containsKey(body)) {
        problems.add("请求体 " + body.getName() + " 未声明写入哪张表（在 ColumnSizeTest 中登记，或注明不存储）");
      }
    }
    for (var entry : s.bodies().entrySet()) {
      Class<?> body = entry.getKey();
      String table = entry.getValue();
      if (table.equals(NOT_STORED) || !body.isRecord()) {
        continue;
      }
      Map<String, Integer> columns = sized.getOrDefault(table, Map.of());
      for (RecordComponent c : body.getRecordComponents()) {
        if (c.getType() != String.class) {
          continue;
        }
        String key = body.getSimpleName() + "." + c.getName();
        String column = s.columns().getOrDefault(key, snake(c.getName()));
        if (column.equals(NOT_STORED) || !columns.containsKey(column)) {
          continue;
        }
        reached.add(table + "." + column);
        if (s.bounded().containsKey(key)) {
          continue;
        }
        int length = columns.get(column);
        OptionalInt bound = bound(body, c, files, sources);
        if (bound.isEmpty()) {
          problems.add(key + " 写入 " + table + "." + column + " varchar(" + length + ")，但没有长度校验");
        } else if (bound.getAsInt() > length) {
          problems.add(
              key
                  + " 的长度上限 "
                  + bound.getAsInt()
                  + " 大于 "
                  + table
                  + "."
                  + column
                  + " 的 varchar("
                  + length
                  + ")");
        }
      }
    }

    for (Class<?> entity : entities(s.classes())) {
      String table = tableOf(entity);
      Map<String, Integer> columns = sized.getOrDefault(table, Map.of());
      for (Field f : fieldsOf(entity)) {
        if (f.getType() != String.class
            || Modifier.isStatic(f.getModifiers())
            || annotation(f, "Transient") != null) {
          continue;
        }
        String column = columnOf(f);
        Integer length = columns.get(column);
        if (length == null) {
          continue;
        }
        Annotation col = annotation(f, "Column");
        Integer declared = col == null ? null : (Integer) value(col, "length");
        if (declared != null && declared != 255 && declared != length.intValue()) {
          problems.add(
              entity.getSimpleName()
                  + "."
                  + f.getName()
                  + " 声明长度 "
                  + declared
                  + "，迁移中为 varchar("
                  + length
                  + ")");
        }
        Integer size = sizeMax(f);
        if (size != null && size > length) {
          problems.add(
              entity.getSimpleName() + "." + f.getName() + " 的 @Size 大于 varchar(" + length + ")");
        }
        String key = table + "." + column;
        if (size == null && !reached.contains(key) && !s.systemSet().containsKey(key)) {
          problems.add(
              key
                  + " varchar("
                  + length
                  + ") 既没有请求体写入的校验，也未登记为系统写入（实体 "
                  + entity.getSimpleName()
                  + "."
                  + f.getName()
                  + "）");
        }
      }
    }
    for (String key : s.systemSet().keySet()) {
      String[] parts = key.split("\\.");
      if (!sized.getOrDefault(parts[0], Map.of()).containsKey(parts[1])) {
        problems.add("登记的系统写入列 " + key + " 在迁移中不是定长文本列（已过时？）");
      }
    }
    return problems;
  }

  /** The fields of an entity and of the mapped superclasses it extends. */
  private static List<Field> fieldsOf(Class<?> entity) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c != entity
          && java.util.Arrays.stream(c.getAnnotations())
              .noneMatch(a -> a.annotationType().getSimpleName().equals("MappedSuperclass"))) {
        break;
      }
      fields.addAll(List.of(c.getDeclaredFields()));
    }
    return fields;
  }

  /** Sized text columns by table, after every migration in version order. */
  public static Map<String, Map<String, Integer>> lengths(Path migrations) {
    Map<String, Map<String, Integer>> tables = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(migrations)) {
      files =
          list.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
              .sorted((a, b) -> Integer.compare(version(a), version(b)))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      String sql = stripComments(read(file));
      Matcher create = CREATE.matcher(sql);
      while (create.find()) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String line : splitTopLevel(create.group(2))) {
          Matcher m = SIZED.matcher(line);
          if (m.find()) {
            columns.put(m.group(1).toLowerCase(Locale.ROOT), Integer.parseInt(m.group(2)));
          }
        }
        tables.put(create.group(1).toLowerCase(Locale.ROOT), columns);
      }
      Matcher alter = ALTER.matcher(sql);
      while (alter.find()) {
        Map<String, Integer> columns =
            tables.computeIfAbsent(alter.group(1).toLowerCase(Locale.ROOT), t -> new HashMap<>());
        for (String action : splitTopLevel(alter.group(2))) {
          Matcher m;
          if ((m = ADD.matcher(action)).find()) {
            columns.put(m.group(1).toLowerCase(Locale.ROOT), Integer.parseInt(m.group(2)));
          } else if ((m = RETYPE.matcher(action)).find()) {
            String column = m.group(1).toLowerCase(Locale.ROOT);
            String type = m.group(2).toLowerCase(Locale.ROOT);
            if ((type.equals("varchar") || type.startsWith("character")) && m.group(3) != null) {
              columns.put(column, Integer.parseInt(m.group(3)));
            } else {
              columns.remove(column);
            }
          } else if ((m = RENAME.matcher(action)).find()) {
            Integer length = columns.remove(m.group(1).toLowerCase(Locale.ROOT));
            if (length != null) {
              columns.put(m.group(2).toLowerCase(Locale.ROOT), length);
            }
          } else if ((m = DROP.matcher(action)).find()) {
            columns.remove(m.group(1).toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return tables;
  }

  /** Record types read from request bodies by JAX-RS resource methods, and records inside them. */
  static Set<Class<?>> requestBodies(Collection<Class<?>> classes) {
    Set<Class<?>> bodies = new LinkedHashSet<>();
    for (Class<?> type : classes) {
      for (Method m : type.getDeclaredMethods()) {
        if (!isResourceMethod(m)) {
          continue;
        }
        for (Parameter p : m.getParameters()) {
          boolean annotated =
              Stream.of(p.getAnnotations())
                  .anyMatch(a -> NOT_BODY.contains(a.annotationType().getSimpleName()));
          if (!annotated && p.getType().isRecord()) {
            collect(p.getType(), bodies);
          }
        }
      }
    }
    return bodies;
  }

  private static void collect(Class<?> record, Set<Class<?>> into) {
    if (!into.add(record)) {
      return;
    }
    for (RecordComponent c : record.getRecordComponents()) {
      if (c.getType().isRecord()) {
        collect(c.getType(), into);
      }
      if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType pt) {
        for (var arg : pt.getActualTypeArguments()) {
          if (arg instanceof Class<?> k && k.isRecord()) {
            collect(k, into);
          }
        }
      }
    }
  }

  private static boolean isResourceMethod(Method m) {
    return Stream.of(m.getAnnotations())
        .map(a -> a.annotationType().getName())
        .anyMatch(
            n ->
                n.equals("jakarta.ws.rs.POST")
                    || n.equals("jakarta.ws.rs.PUT")
                    || n.equals("jakarta.ws.rs.PATCH"));
  }

  private static List<Class<?>> entities(Collection<Class<?>> classes) {
    return classes.stream().filter(c -> annotation(c, "Entity") != null).toList();
  }

  /** The tightest size check on {@code c}: {@code @Size(max)}, else a Violations call. */
  private static OptionalInt bound(
      Class<?> body, RecordComponent c, Map<String, String> files, String all) {
    Integer size = sizeMax(c.getAccessor());
    if (size == null) {
      try {
        size = sizeMax(body.getDeclaredField(c.getName()));
      } catch (NoSuchFieldException e) {
        size = null;
      }
    }
    if (size != null) {
      return OptionalInt.of(size);
    }
    OptionalInt found = OptionalInt.empty();
    String simple = body.getSimpleName();
    for (String text : files.values()) {
      if (!text.contains(simple)) {
        continue;
      }
      for (int max : violationsMax(text, c.getName(), all)) {
        found = OptionalInt.of(found.isEmpty() ? max : Math.max(found.getAsInt(), max));
      }
    }
    return found;
  }

  /**
   * The max argument of every Violations text check of the field {@code name} (the literal itself,
   * or a prefix variable and the literal, as in {@code f + "name"} for list items).
   */
  static List<Integer> violationsMax(String text, String name, String all) {
    List<Integer> out = new ArrayList<>();
    Pattern call =
        Pattern.compile(
            "\\b("
                + String.join("|", CHECKS)
                + ")\\(\\s*(?:\\w+\\s*\\+\\s*)?\""
                + Pattern.quote(name)
                + "\"");
    Matcher m = call.matcher(text);
    while (m.find()) {
      int open = text.indexOf('(', m.start());
      List<String> args = arguments(text, open);
      if (args.size() < 4) {
        continue;
      }
      String last = args.getLast().strip();
      if (last.matches("\\d+")) {
        out.add(Integer.parseInt(last));
      } else {
        Matcher constant =
            Pattern.compile(
                    "\\b" + Pattern.quote(last.replaceAll(".*\\.", "")) + "\\s*=\\s*(\\d+)\\s*;")
                .matcher(all);
        if (constant.find()) {
          out.add(Integer.parseInt(constant.group(1)));
        }
      }
    }
    return out;
  }

  private static List<String> arguments(String text, int open) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    StringBuilder current = new StringBuilder();
    for (int i = open + 1; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        current.append(ch);
        if (ch == '\\') {
          current.append(text.charAt(++i));
        } else if (ch == '"') {
          quoted = false;
        }
        continue;
      }
      if (ch == '"') {
        quoted = true;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        if (depth == 0) {
          args.add(current.toString());
          return args;
        }
        depth--;
      } else if (ch == ',' && depth == 0) {
        args.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(ch);
    }
    return args;
  }

  private static Integer sizeMax(java.lang.reflect.AnnotatedElement e) {
    Annotation size = annotation(e, "Size");
    return size == null ? null : (Integer) value(size, "max");
  }

  private static Annotation annotation(java.lang.reflect.AnnotatedElement e, String simpleName) {
    for (Annotation a : e.getAnnotations()) {
      if (a.annotationType().getSimpleName().equals(simpleName)) {
        return a;
      }
    }
    return null;
  }

  private static Object value(Annotation a, String attribute) {
    try {
      return a.annotationType().getMethod(attribute).invoke(a);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String tableOf(Class<?> entity) {
    Annotation table = annotation(entity, "Table");
    String name = table == null ? "" : (String) value(table, "name");
    return (name.isEmpty() ? snake(entity.getSimpleName()) : name).toLowerCase(Locale.ROOT);
  }

  private static String columnOf(Field f) {
    Annotation column = annotation(f, "Column");
    String name = column == null ? "" : (String) value(column, "name");
    return (name.isEmpty() ? snake(f.getName()) : name).toLowerCase(Locale.ROOT);
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private static List<String> splitTopLevel(String body) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char ch : body.toCharArray()) {
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        parts.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(ch);
    }
    parts.add(current.toString());
    return parts;
  }

  private static String stripComments(String sql) {
    return sql.replaceAll("--[^\\n]*", "");
  }

  private static int version(Path file) {
    Matcher m = Pattern.compile("V(\\d+)__").matcher(file.getFileName().toString());
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> sourceFiles(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> p.toString().endsWith(".java"))
          .forEach(p -> files.put(p.toString(), read(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static String sources(Path root) {
    return String.join("\n", sourceFiles(root).values());
  }
}
