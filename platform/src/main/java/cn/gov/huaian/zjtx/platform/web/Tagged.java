package cn.gov.huaian.zjtx.platform.web;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** An answer that carries the ETag of the version it shows, for a later If-Match. */
public final class Tagged {
  private Tagged() {}

  /** 200 with the body and its version's ETag. */
  public static <T> RestResponse<T> ok(T body, long version) {
    return RestResponse.ResponseBuilder.ok(body).header("ETag", ETags.of(version)).build();
  }

  /** 201 with the new resource's location, the body and its version's ETag. */
  public static <T> RestResponse<T> created(URI location, T body, long version) {
    return RestResponse.ResponseBuilder.<T>created(location)
        .entity(body)
        .header("ETag", ETags.of(version))
        .build();
  }
}
