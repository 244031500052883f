package cn.gov.huaian.zjtx.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * The paging query parameters of a list, the same in every service: {@code page} from 0 (default 0)
 * and {@code size} 1–200 (default 20). Take it with {@code @BeanParam @Valid PageParams paging}; a
 * bad value is a 400 naming {@code page} or {@code size}.
 */
public class PageParams {
  @QueryParam("page")
  @DefaultValue("0")
  @Min(value = 0, message = "页码不能小于 0")
  public int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(value = 1, message = "每页条数至少为 1")
  @Max(value = 200, message = "每页条数不能超过 200")
  public int size;

  /** The index of the page's first item. */
  public int offset() {
    return page * size;
  }

  /** This page of a list of {@code total} items. */
  public <T> PageView<T> of(List<T> items, long total) {
    return new PageView<>(items, page, size, total);
  }
}
