package cn.gov.huaian.zjtx.policy.push;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every morning (Asia/Shanghai): remind eligible enterprises of deadlines within N days. Safe on
 * every replica: each reminder has a unique key.
 */
@ApplicationScoped
public class DeadlineReminderJob {
  private static final Logger LOG = Logger.getLogger(DeadlineReminderJob.class);
  private final Inbox inbox;

  public DeadlineReminderJob(Inbox inbox) {
    this.inbox = inbox;
  }

  @Scheduled(cron = "${zjtx.push.deadline-cron:0 0 8 * * ?}", timeZone = "Asia/Shanghai")
  void run() {
    int sent = inbox.remindDeadlines();
    if (sent > 0) {
      LOG.infof("已发送申报截止提醒 %d 条", sent);
    }
  }
}
