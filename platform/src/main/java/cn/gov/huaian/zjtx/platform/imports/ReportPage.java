package cn.gov.huaian.zjtx.platform.imports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The paging query parameters of an import's row report: {@code page} from 0 (default 0) and {@code
 * size} 1–1000 (default 100). Take it with {@code @BeanParam @Valid ReportPage paging}.
 */
public class ReportPage {
  @QueryParam("page")
  @DefaultValue("0")
  @Min(value = 0, message = "页码不能小于 0")
  public int page;

  @QueryParam("size")
  @DefaultValue("100")
  @Min(value = 1, message = "每页条数至少为 1")
  @Max(value = 1000, message = "每页条数不能超过 1000")
  public int size;
}
