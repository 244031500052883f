package cn.gov.huaian.zjtx.policy.push;

import cn.gov.huaian.zjtx.platform.net.OutboundTargets;
import cn.gov.huaian.zjtx.platform.problem.Problem;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The webhook addresses enterprises may register and the platform may call: public addresses only,
 * https outside the local profiles, the configured allow-list as the only exception (SSRF, issue
 * 14). The rules themselves are the platform's {@link OutboundTargets}.
 */
@ApplicationScoped
public class WebhookTargets {
  static final String REFUSED = "webhook-url-refused";
  private final OutboundTargets targets;

  public WebhookTargets(PushConfig config) {
    this.targets =
        new OutboundTargets(
            "回调地址", config.webhooks().httpsOnly(), config.webhooks().allowList().orElse(List.of()));
  }

  /** Checks a URL being registered, with its name resolved now; a 400 names the reason. */
  public OutboundTargets.Target forRegistration(String url) {
    try {
      OutboundTargets.Target target = targets.check(url);
      targets.resolve(target, OutboundTargets.SYSTEM);
      return target;
    } catch (OutboundTargets.Refused e) {
      throw new ProblemException(
          400,
          REFUSED,
          "回调地址不允许",
          e.getMessage(),
          List.of(new Problem.Violation("url", e.getMessage())));
    }
  }

  /** The checked target of a stored URL and the one address to connect to; throws when refused. */
  public Resolved forDelivery(String url) {
    OutboundTargets.Target target = targets.check(url);
    return new Resolved(target, targets.resolve(target, OutboundTargets.SYSTEM));
  }

  /** A target and the address it was checked at: the call goes there and nowhere else. */
  public record Resolved(OutboundTargets.Target target, java.net.InetAddress address) {}
}
