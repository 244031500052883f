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

  /** One CSV line (no line break) for the given values, quoting where needed. */
  public static String line(List<?> values) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object v = values.get(i);
      String s = v == null ? "" : v.toString();
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

  static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
