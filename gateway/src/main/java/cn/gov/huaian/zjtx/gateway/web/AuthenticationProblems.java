package cn.gov.huaian.zjtx.gateway.web;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A missing, forged or expired token is answered 401 problem+json before anything is routed. */
@ApplicationScoped
public class AuthenticationProblems {

  void register(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .failureHandler(
            rc -> {
              Throwable failure = rc.failure();
              if (failure instanceof AuthenticationFailedException
                  || failure instanceof UnauthorizedException
                  || failure instanceof AuthenticationCompletionException) {
                Problems.unauthenticated(rc);
              } else if (failure instanceof ForbiddenException) {
                Problems.send(rc, 403, "forbidden", "无权访问", "当前用户的角色无权执行此操作");
              } else {
                rc.next();
              }
            });
  }
}
