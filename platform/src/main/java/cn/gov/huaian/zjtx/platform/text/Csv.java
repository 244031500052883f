package cn.gov.huaian.zjtx.platform.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF or
 * LF. Files saved by Excel on Chinese Windows are GB18030 rather than UTF-8, so {@link
 * #decode(byte[])} tries UTF-8 strictly first and falls back to GB18030.
 */
public final class Csv {
  private Csv() {}

  /** The text of a file whose encoding people did not choose on purpose; a UTF-8 BOM is dropped. */
  public static String decode(byte[] bytes) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, start, bytes.length - start, Charset.forName("GB18030"));
    }
  }

  public static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    parse(new java.io.StringReader(text), rows::add);
    return rows;
  }

  public static List<List<String>> parse(InputStream in) throws IOException {
    return parse(decode(in.readAllBytes()));
  }

  /** Streams the records of {@code reader} to {@code sink}; blank lines are skipped. */
  public static void parse(Reader source, Consumer<List<String>> sink) {
    Reader reader = source.markSupported() ? source : new java.io.BufferedReader(source);
    try {
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean fieldStarted = false;
      int c;
      while ((c = reader.read()) != -1) {
        char ch = (char) c;
        if (quoted) {
          if (ch == '"') {
            reader.mark(1);
            int next = reader.read();
            if (next == '"') {
              field.append('"');
            } else {
              quoted = false;
              if (next != -1) {
                reader.reset();
              }
            }
          } else {
            field.append(ch);
          }
        } else if (ch == '"' && field.isEmpty()) {
          quoted = true;
          fieldStarted = true;
        } else if (ch == ',') {
          row.add(field.toString());
          field.setLength(0);
          fieldStarted = true;
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r') {
            reader.mark(1);
            if (reader.read() != '\n') {
              reader.reset();
            }
          }
          if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            sink.accept(row);
          }
          row = new ArrayList<>();
          field.setLength(0);
          fieldStarted = false;
        } else {
          field.append(ch);
        }
      }
      if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row.add(field.toString());
        sink.accept(row);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * One CSV line (no line break) for the given values, quoting where needed. Texts are {@linkplain
   * #neutralise neutralised}; numbers are written as they are.
   */
  public static String line(List<?> values) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object v = values.get(i);
      String s = v == null ? "" : v instanceof Number ? v.toString() : neutralise(v.toString());
      if (s.indexOf(',') >= 0
          || s.indexOf('"') >= 0
          || s.indexOf('\n') >= 0
          || s.indexOf('\r') >= 0) {
        out.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        out.append(s);
      }
    }
    return out.toString();
  }

  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  /**
   * A text cell made safe for spreadsheets (CSV injection, OWASP): one that begins with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula by Excel
   * or WPS (e.g. {@code =HYPERLINK(...)}), so it gets a leading apostrophe and shows as the text it
   * is. A plain number such as {@code -12.5} is left alone. Used for CSV and for XLSX text cells
   * (which Excel turns into formulas once someone edits them).
   */
  public static String neutralise(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean risky =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return risky && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
  }

  static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
