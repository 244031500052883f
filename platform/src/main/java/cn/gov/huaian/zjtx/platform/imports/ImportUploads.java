package cn.gov.huaian.zjtx.platform.imports;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.text.Csv;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The HTTP side of an import: the uploaded file, and the row report as a CSV download. */
public final class ImportUploads {
  private ImportUploads() {}

  /**
   * The bytes of the form field {@code file}; 400 when it is missing or empty.
   *
   * @param formats what to upload, for the message, e.g. "XLSX 或 CSV"
   */
  public static byte[] bytes(FileUpload file, String formats) throws IOException {
    if (file == null || file.uploadedFile() == null) {
      throw ProblemException.invalid("file", "请在表单字段 file 中上传 " + formats + " 文件");
    }
    byte[] bytes = Files.readAllBytes(file.uploadedFile());
    if (bytes.length == 0) {
      throw ProblemException.invalid("file", "上传的文件为空");
    }
    return bytes;
  }

  /**
   * A CSV table Excel opens as it is (UTF-8 with a byte-order mark, CRLF), as an attachment.
   *
   * @param header the column names
   * @param rows the cells of each row
   */
  public static Response csv(List<String> header, List<? extends List<?>> rows, String filename) {
    StringBuilder out = new StringBuilder("\uFEFF").append(Csv.line(header)).append("\r\n");
    for (List<?> row : rows) {
      out.append(Csv.line(row)).append("\r\n");
    }
    return Response.ok(out.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .build();
  }
}
